/**
 * The site's own prose (content/texts.yaml and its translations): finding a text by id, and reading the
 * two marks a text may hold, `[words](target)` for a link and `{slot}` for a value the page fills in
 * (a date, a name). Pure: the page decides what each target and slot stands for.
 */
import type { ListData } from "./collections";

export type Text = ListData<"texts">;

/** A piece of a text: words, a link to one of the page's targets, or one of its slots. */
export type Piece =
  { kind: "words"; words: string } | { kind: "link"; words: string; target: string } | { kind: "slot"; name: string };

const MARK = /\[([^\]\n]+)\]\(([a-z][a-z-]*)\)|\{([a-z][a-z-]*)\}/g;

/** The pieces of a text, in order; text without marks is one piece of words. */
export function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index > at) pieces.push({ kind: "words", words: text.slice(at, m.index) });
    pieces.push(m[3] !== undefined ? { kind: "slot", name: m[3] } : { kind: "link", words: m[1]!, target: m[2]! });
    at = m.index + m[0].length;
  }
  if (at < text.length) pieces.push({ kind: "words", words: text.slice(at) });
  return pieces;
}

/** The targets and slots a text uses, to check them against what its page offers. */
export const marksOf = (text: string) => ({
  targets: piecesOf(text).flatMap((p) => (p.kind === "link" ? [p.target] : [])),
  slots: piecesOf(text).flatMap((p) => (p.kind === "slot" ? [p.name] : [])),
});

/** A text with its slots filled with plain values (for a text that is plain text, such as a map's description). */
export function filled(text: string, values: Record<string, string | undefined>): string {
  return piecesOf(text)
    .map((p) => {
      if (p.kind === "words") return p.words;
      if (p.kind === "link") throw new Error(`"${text}": a link ([${p.words}](${p.target})) cannot stand in plain text`);
      const value = values[p.name];
      if (value === undefined) throw new Error(`"${text}": nothing fills {${p.name}}`);
      return value;
    })
    .join("");
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

/** The locator map's description (its SVG <desc>), naming the host when the map shows one. */
export function mapDescription(
  texts: readonly Text[],
  places: readonly { host: boolean; name: Record<string, string | undefined> }[],
  locale: string,
): string {
  const host = places.find((p) => p.host)?.name[locale];
  const id = host ? "map-description" : "map-description-without-host";
  return filled(textOf(texts, id, locale).text ?? "", { host });
}
