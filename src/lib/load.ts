/** The one place that reads astro:content. Pages call `loadExplainer()`; everything else is pure. */
import { getCollection, render, type CollectionEntry } from "astro:content";
import { buildExplainer, type Explainer, type PartInput } from "./explainer";

let cached: Promise<Explainer> | undefined;

/** The whole explainer, validated once per build; a content problem rejects with every file and field named. */
export function loadExplainer(): Promise<Explainer> {
  cached ??= readCollections();
  return cached;
}

async function readCollections(): Promise<Explainer> {
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
  return buildExplainer({
    introduction: await toPart(introduction),
    sections: await Promise.all(sections.map((s) => toPart(s))),
    figures: figures.map((f) => ({ file: f.filePath ?? "content/figures.yaml", data: f.data })),
    events: events.map((e) => ({ file: e.filePath ?? "content/timeline.yaml", data: e.data })),
    corrections: corrections.map((c) => ({ file: c.filePath ?? "content/corrections.yaml", data: c.data })),
    questions: questions.map((q) => ({ file: q.filePath ?? "content/questions.yaml", data: q.data })),
    glossary: glossary.map((g) => ({ file: g.filePath ?? "content/glossary.yaml", data: g.data })),
    places: places.map((p) => ({ file: p.filePath ?? "content/places.yaml", data: p.data })),
  });
}

async function toPart<D>(entry: CollectionEntry<"introduction" | "sections"> & { data: D }): Promise<PartInput<D>> {
  const { headings } = await render(entry);
  return { id: entry.id, file: entry.filePath ?? entry.id, data: entry.data, body: entry.body ?? "", headings };
}

/** The rendered body of a part, for the page that shows it. */
export async function contentOf(kind: "introduction" | "sections", id: string) {
  const entries = await getCollection(kind);
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no ${kind} entry "${id}"`);
  return (await render(entry)).Content;
}
