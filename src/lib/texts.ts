/**
 * The site's short plain texts (content/texts.yaml and its translations): finding a text by id, and
 * filling its `{slot}`s with plain values (the map's description names the host). A text holds no other
 * markup: prose with links and headings is MDX (content/about.mdx). Pure: the page decides the values.
 */
import type { ListData } from "./collections";

export type Text = ListData<"texts">;

const SLOT = /\{([a-z][a-z-]*)\}/g;

/** A text with its slots filled with plain values; a slot with no value stops the build, naming it. */
export function filled(text: string, values: Record<string, string | undefined>): string {
  return text.replace(SLOT, (_slot, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`"${text}": nothing fills {${name}}`);
    return value;
  });
}

/** The text with this id; a missing one stops the build, naming the file and the id. */
export function textOf(texts: readonly Text[], id: string, locale: string): Text {
  const found = texts.find((t) => t.id === id);
  if (!found) {
    const file = locale === "en" ? "content/texts.yaml" : `content/${locale}/texts.yaml`;
    throw new Error(`${file}: there is no text "${id}", which the site shows; add it`);
  }
  return found;
}

/**
 * The locator map's description (its SVG <desc>), naming the host when the map shows one. A part with a
 * frame of its own (src/lib/map/frame.ts) has its own text, whose id ends in the frame's id
 * (`map-description-borders`).
 */
export function mapDescription(
  texts: readonly Text[],
  places: readonly { host: boolean; name: Record<string, string | undefined> }[],
  locale: string,
  frame?: string,
): string {
  const host = places.find((p) => p.host)?.name[locale];
  const id = `${host ? "map-description" : "map-description-without-host"}${frame ? `-${frame}` : ""}`;
  return filled(textOf(texts, id, locale).text, { host });
}
