/**
 * The one place that reads astro:content. The routes (src/lib/routes.ts) and the endpoints (feeds, preview
 * images, the map) call it; views, layouts and components never do; everything else is pure.
 */
import { getCollection, getEntry, render, type CollectionEntry, type CollectionKey } from "astro:content";
import { LOCALES, pagePath, type Locale } from "../i18n/locales";
import { byLocale } from "./alternates";
import { editionDir } from "./content-dir";
import type { BodyRecord } from "./content-gate";
import { buildExplainer, type Explainer, type ExplainerInput, type PartInput } from "./explainer";
import { headingId, partPathIn } from "./permalinks";
import { translateInput, type TranslationInput } from "./translation";
import {
  editionCollectionName,
  entriesOf,
  LISTS,
  TRANSLATED_LISTS,
  type EditionCollectionName,
  type ListInputs,
  type ListName,
  type PartName,
} from "./collections";

const cached = new Map<Locale, Promise<Explainer>>();
let english: Promise<ExplainerInput> | undefined;

/** One edition of the explainer, validated once per build; a content problem rejects with every file and field named. */
export function loadExplainer(locale: Locale = "en"): Promise<Explainer> {
  let edition = cached.get(locale);
  if (!edition) {
    edition = locale === "en" ? readEnglish().then((input) => buildExplainer(input, { locale })) : readEdition(locale);
    cached.set(locale, edition);
  }
  return edition;
}

/** Every edition, for the routes: each page links to its counterparts. */
export const loadEditions = async (): Promise<Record<Locale, Explainer>> => {
  const editions = await Promise.all(LOCALES.map((locale) => loadExplainer(locale)));
  return byLocale((locale) => editions[LOCALES.indexOf(locale)]!);
};

/** Every list of the table, or of its words in another edition, each entry with the file it came from. */
async function readLists(locale: Locale, dir: string) {
  const read = async (name: ListName, collection: CollectionKey) => {
    const items = await getCollection(collection);
    return [name, items.map((item) => ({ file: item.filePath ?? `${dir}/${LISTS[name].file}`, data: item.data }))] as const;
  };
  const lists = await Promise.all(
    locale === "en"
      ? entriesOf(LISTS).map(([name]) => read(name, name))
      : TRANSLATED_LISTS.map((name) => read(name, editionCollectionName(locale, name))),
  );
  return Object.fromEntries(lists);
}

function readEnglish(): Promise<ExplainerInput> {
  english ??= (async (): Promise<ExplainerInput> => {
    const dir = editionDir("en");
    const [introductions, sections, abouts, lists] = await Promise.all([
      getCollection("introduction"),
      getCollection("sections"),
      getCollection("about"),
      readLists("en", dir),
    ]);
    const [introduction] = introductions;
    if (!introduction) throw new Error(`${dir}/introduction.mdx is missing: the home page needs its lede`);
    const [about] = abouts;
    if (!about) throw new Error(`${dir}/about.mdx is missing: the About page needs its words`);
    return {
      introduction: await toPart(introduction),
      sections: await Promise.all(sections.map((s) => toPart(s))),
      about: await toPart(about),
      // Each list is its own collection's entries: the table pairs a name with its schema.
      ...(lists as ListInputs),
    };
  })();
  return english;
}

async function readEdition(locale: Exclude<Locale, "en">): Promise<Explainer> {
  // The English edition is the source: its own problems are reported first, and alone.
  await loadExplainer("en");
  const input = await readEnglish();
  const dir = editionDir(locale);
  const [introductions, sections, abouts, lists] = await Promise.all([
    getCollection(editionCollectionName(locale, "introduction")),
    getCollection(editionCollectionName(locale, "sections")),
    getCollection(editionCollectionName(locale, "about")),
    readLists(locale, dir),
  ]);
  const translated = translateInput(
    input,
    {
      dir,
      introduction: introductions[0] && (await toPart(introductions[0])),
      sections: await Promise.all(sections.map((s) => toPart(s))),
      about: abouts[0] && (await toPart(abouts[0])),
      // Each list of words is its edition collection's entries: the table pairs a name with its schema.
      ...(lists as Omit<TranslationInput, "dir" | "introduction" | "sections" | "about">),
    },
    locale,
  );
  return buildExplainer(translated.input, {
    locale,
    partPath: partPathIn(pagePath("home", locale), (id) => translated.slugs.get(id) ?? id),
  });
}

type PartCollection = PartName | EditionCollectionName<Exclude<Locale, "en">, PartName>;

async function toPart<D>(
  entry: CollectionEntry<PartCollection> & { data: D & { bodyRecord: BodyRecord } },
): Promise<PartInput<D>> {
  const { headings } = await render(entry);
  return {
    id: entry.id,
    file: entry.filePath ?? entry.id,
    data: entry.data,
    record: entry.data.bodyRecord,
    headings: headings.map((h) => ({ ...h, slug: headingId(h.slug) })),
  };
}

/** The rendered body of a part in an edition, for the page that shows it. */
export async function contentOf(kind: PartName, id: string, locale: Locale = "en") {
  const collection = locale === "en" ? kind : editionCollectionName(locale, kind);
  const found = await getEntry(collection, id);
  if (!found) throw new Error(`no ${collection} entry "${id}"`);
  return (await render(found)).Content;
}
