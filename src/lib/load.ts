/** The one place that reads astro:content. Pages call `loadExplainer(locale)`; everything else is pure. */
import { getCollection, render, type CollectionEntry } from "astro:content";
import { pagePath, type Locale } from "../i18n/locales";
import { buildExplainer, type Explainer, type ExplainerInput, type PartInput } from "./explainer";
import { headingId, partPathIn } from "./permalinks";
import { foreignNamesOf, type ForeignName } from "./foreign-names";
import { translateInput } from "./translation";

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

const names = new Map<Locale, Promise<ForeignName[]>>();

/**
 * The names in another language than the edition's, from the glossary alone (without rendering any
 * part, so a component that marks them renders anywhere, the component tests' container included).
 */
export function foreignNames(locale: Locale): Promise<ForeignName[]> {
  let found = names.get(locale);
  if (!found) {
    found = (async () => {
      const english = (await getCollection("glossary")).map((e) => e.data);
      if (locale === "en") return foreignNamesOf(english, locale);
      const terms = new Map((await getCollection("esGlossary")).map((e) => [e.data.id, e.data.term]));
      return foreignNamesOf(
        english.map((e) => ({ term: terms.get(e.id) ?? e.term, lang: e.lang })),
        locale,
      );
    })();
    names.set(locale, found);
  }
  return found;
}

/** Both editions, for a page that links to the other one. */
export const loadEditions = async (): Promise<Record<Locale, Explainer>> => {
  const [en, es] = await Promise.all([loadExplainer("en"), loadExplainer("es")]);
  return { en, es };
};

const entries = <T>(items: { filePath?: string | undefined; data: T }[], fallback: string) =>
  items.map((item) => ({ file: item.filePath ?? fallback, data: item.data }));

function readEnglish(): Promise<ExplainerInput> {
  english ??= (async (): Promise<ExplainerInput> => {
    const [introductions, sections, figures, events, corrections, questions, glossary, places] = await Promise.all([
      getCollection("introduction"),
      getCollection("sections"),
      getCollection("figures"),
      getCollection("timeline"),
      getCollection("corrections"),
      getCollection("questions"),
      getCollection("glossary"),
      getCollection("places"),
    ]);
    const introduction = introductions[0];
    if (!introduction) throw new Error("content/introduction.mdx is missing: the home page needs its lede");
    return {
      introduction: await toPart(introduction),
      sections: await Promise.all(sections.map((s) => toPart(s))),
      figures: entries(figures, "content/figures.yaml"),
      events: entries(events, "content/timeline.yaml"),
      corrections: entries(corrections, "content/corrections.yaml"),
      questions: entries(questions, "content/questions.yaml"),
      glossary: entries(glossary, "content/glossary.yaml"),
      places: entries(places, "content/places.yaml"),
    };
  })();
  return english;
}

async function readEdition(locale: Exclude<Locale, "en">): Promise<Explainer> {
  // The English edition is the source: its own problems are reported first, and alone.
  await loadExplainer("en");
  const [input, introductions, sections, figures, events, corrections, questions, glossary] = await Promise.all([
    readEnglish(),
    getCollection("esIntroduction"),
    getCollection("esSections"),
    getCollection("esFigures"),
    getCollection("esTimeline"),
    getCollection("esCorrections"),
    getCollection("esQuestions"),
    getCollection("esGlossary"),
  ]);
  // Beside the English files, wherever the content folder is (the tests build from copies).
  const dir = `${input.introduction.file.replace(/\/?[^/]*$/, "") || "."}/${locale}`;
  const translated = translateInput(
    input,
    {
      dir,
      introduction: introductions[0] && (await toPart(introductions[0])),
      sections: await Promise.all(sections.map((s) => toPart(s))),
      figures: entries(figures, `${dir}/figures.yaml`),
      events: entries(events, `${dir}/timeline.yaml`),
      corrections: entries(corrections, `${dir}/corrections.yaml`),
      questions: entries(questions, `${dir}/questions.yaml`),
      glossary: entries(glossary, `${dir}/glossary.yaml`),
    },
    locale,
  );
  return buildExplainer(translated.input, {
    locale,
    partPath: partPathIn(pagePath("home", locale), (id) => translated.slugs.get(id) ?? id),
  });
}

type PartCollection = "introduction" | "sections" | "esIntroduction" | "esSections";

async function toPart<D>(entry: CollectionEntry<PartCollection> & { data: D }): Promise<PartInput<D>> {
  const { headings } = await render(entry);
  return {
    id: entry.id,
    file: entry.filePath ?? entry.id,
    data: entry.data,
    body: entry.body ?? "",
    headings: headings.map((h) => ({ ...h, slug: headingId(h.slug) })),
  };
}

/** The rendered body of a part in an edition, for the page that shows it. */
export async function contentOf(kind: "introduction" | "sections", id: string, locale: Locale = "en") {
  const collection = locale === "en" ? kind : kind === "introduction" ? "esIntroduction" : "esSections";
  const found = (await getCollection(collection)).find((e) => e.id === id);
  if (!found) throw new Error(`no ${collection} entry "${id}"`);
  return (await render(found)).Content;
}
