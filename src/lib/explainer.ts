/**
 * The explainer as the pages see it. `buildExplainer` is pure: it runs the named checks of
 * src/lib/explainer-checks.ts over the collections and throws one ContentError listing each problem with
 * its file and field; then it resolves every list with its entry's `resolve` in src/lib/collections.ts,
 * and puts the parts in order with their own entries. src/lib/load.ts feeds it from astro:content; the
 * unit tests feed it plain objects.
 */
import { ContentProblems } from "./content-error";
import type { BodyRecord } from "./content-gate";
import { ui } from "../i18n";
import type { Locale } from "../i18n/locales";
import { INTRODUCTION_ID, partPath as englishPartPath } from "./permalinks";
import type { AboutData, IntroductionData, SectionData } from "./schemas";
import { entriesOf, LISTS, type Entries, type ListInputs, type ListName, type ResolvedLists } from "./collections";
import type { Correction, Figure, Links, Placed, Question, TimelineEvent } from "./resolved";
import {
  chronologyProblems,
  logProblems,
  onlyOneProblems,
  pageIdProblems,
  pageOnlyProblems,
  passageProblems,
  referenceProblems,
  sectionProblems,
  termProblems,
  type Heading,
  type Part,
  type Parts,
} from "./explainer-checks";

export type { Heading } from "./explainer-checks";
export type { Correction, Figure, GlossaryEntry, Place, PlaceMention, Question, TimelineEvent } from "./resolved";

/** One MDX file as loaded: its data, what the content gate read of its body, and the headings the renderer gave it. */
export interface PartInput<D> {
  id: string;
  file: string;
  data: D;
  record: BodyRecord;
  headings: Heading[];
}

/** Everything an edition is made of: its parts, and every list of src/lib/collections.ts by name. */
export interface ExplainerInput extends ListInputs {
  introduction: PartInput<IntroductionData>;
  sections: PartInput<SectionData>[];
  /** The About page: its body is MDX like a part's, but it is not a part of the story. */
  about: PartInput<AboutData>;
}

/** What every part carries for trust: its dates as readers see them, its log entries and open questions. */
export interface Provenance {
  published: string;
  /** The day of the latest log entry about this part (or the whole site), or undefined when none. */
  modified: string | undefined;
  corrections: Correction[];
  questions: Question[];
}

export interface SectionLink {
  id: string;
  path: string;
  title: string;
  navTitle: string;
}

export interface Section extends SectionLink, Provenance {
  data: SectionData;
  number: number;
  headings: Heading[];
  passages: string[];
  readingMinutes: number;
  figures: Figure[];
  events: TimelineEvent[];
  previous: SectionLink | undefined;
  next: SectionLink | undefined;
}

/**
 * The explainer of an edition: its parts, and every list of src/lib/collections.ts by name (`figures`,
 * `glossary`, `texts`, ...) as that list's `resolve` makes it for this edition.
 */
export interface Explainer extends ResolvedLists {
  locale: Locale;
  introduction: PartInput<IntroductionData> &
    Provenance & { path: string; passages: string[]; figures: Figure[]; events: TimelineEvent[] };
  sections: Section[];
  /** The About page's words (its standfirst) and what the gate read of its body. */
  about: PartInput<AboutData>;
  /** The event the story turns on (the conference), if one is marked. */
  pivot: TimelineEvent | undefined;
  /** The site's first publication and its latest substantive change (latest log entry). */
  published: string;
  modified: string | undefined;
}

export interface EditionOptions {
  locale: Locale;
  /** The page of a part in this edition: "/borders/", "/es/fronteras/"; the English paths by default. */
  partPath?: (sectionId: string) => string;
}

/** Every problem of an edition's content, from each named check. */
export function contentProblems(input: ExplainerInput, parts: Parts) {
  const sectionParts = input.sections.flatMap((s) => parts.get(s.id) ?? []);
  const introduction = parts.get(INTRODUCTION_ID);
  return [
    ...[...parts.values()].flatMap(passageProblems),
    ...[...parts.values()].flatMap((part) => pageOnlyProblems(part)),
    ...sectionProblems(input.sections),
    ...referenceProblems(input, parts),
    ...onlyOneProblems(
      input.events.filter((e) => e.data.pivot),
      "event",
      "pivot",
    ),
    ...chronologyProblems(input.events),
    ...logProblems(input.corrections, parts),
    ...termProblems(parts, input.glossary, [{ file: input.about.file, terms: input.about.record.terms }]),
    ...onlyOneProblems(
      input.places.filter((p) => p.data.host),
      "place",
      "host",
    ),
    ...sectionParts.flatMap((part) => pageIdProblems(part, idsIn(input.figures, part.id), idsIn(input.events, part.id))),
    // The home page shows every figure and event beside the introduction's own ids.
    ...(introduction ? pageIdProblems(introduction, ids(input.figures), ids(input.events)) : []),
  ];
}

const ids = (entries: Entries<{ id: string }>) => entries.map((e) => e.data.id);
const idsIn = (entries: Entries<{ id: string; section: string }>, part: string) =>
  entries.filter((e) => e.data.section === part).map((e) => e.data.id);

export function buildExplainer(
  input: ExplainerInput,
  { locale, partPath = englishPartPath }: EditionOptions = { locale: "en" },
): Explainer {
  const parts = partsOf(input);
  const problems = contentProblems(input, parts);
  if (problems.length > 0) throw new ContentProblems(problems);

  const links = linksOf(parts, locale, partPath);
  const lists = resolveLists(input, links);
  const { figures, events, corrections, questions } = lists;
  const part = partIn(parts);
  const provenanceOf = (id: string): Provenance => {
    const own = corrections.filter((c) => c.part === id || c.part === undefined);
    return {
      published: part(id).published,
      modified: own[0]?.published,
      corrections: own.filter((c) => c.part === id),
      questions: questions.filter((q) => q.part === id),
    };
  };
  const intro = part(INTRODUCTION_ID);
  const allDates = [...parts.values()].map((p) => p.published).sort();
  return {
    ...lists,
    locale,
    introduction: {
      ...input.introduction,
      ...provenanceOf(INTRODUCTION_ID),
      path: partPath(INTRODUCTION_ID),
      passages: intro.passages,
      figures: figures.filter((f) => f.section === INTRODUCTION_ID),
      events: events.filter((e) => e.section === INTRODUCTION_ID),
    },
    sections: resolveSections(input.sections, part, links, figures, events, provenanceOf),
    about: input.about,
    pivot: events.find((e) => e.pivot),
    published: allDates[0] ?? intro.published,
    modified: corrections[0]?.published,
  };
}

/** The table as the explainer sees it: each list's `resolve`, from that list's entries to what it resolves to. */
const RESOLVE: { [K in ListName]: { resolve(entries: ListInputs[K], links: Links): ResolvedLists[K] } } = LISTS;

/** One list of the edition, resolved by its entry of the table. */
const resolveList = <K extends ListName>(name: K, input: ListInputs, links: Links): ResolvedLists[K] =>
  RESOLVE[name].resolve(input[name], links);

/** Every list of the edition, resolved by its entry of the table. */
function resolveLists(input: ListInputs, links: Links): ResolvedLists {
  // Object.fromEntries forgets which value goes with which name; resolveList typed each pair.
  return Object.fromEntries(entriesOf(LISTS).map(([name]) => [name, resolveList(name, input, links)])) as ResolvedLists;
}

/** Minutes to read a number of words at 230 words a minute, never less than one. */
export function minutesFor(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Each part of the input, with what its body says (its passages, terms and words). */
function partsOf(input: ExplainerInput): Parts {
  const part = (
    { id, file, record, headings }: PartInput<unknown>,
    data: { title: string; published: string; updated: string },
    navTitle: string | undefined,
    order: number,
  ): [string, Part] => {
    const { passages, nested, terms, components, words } = record;
    const { title, published, updated } = data;
    return [id, { id, file, title, navTitle, order, published, updated, headings, passages, nested, terms, components, words }];
  };
  return new Map([
    part(input.introduction, input.introduction.data, undefined, 0),
    ...input.sections.map((s) => part(s, s.data, s.data.navTitle, s.data.order)),
  ]);
}

/** A part by id, once the references have been checked. */
const partIn =
  (parts: Parts) =>
  (id: string): Part => {
    const found = parts.get(id);
    if (!found) throw new Error(`no part "${id}": the references were checked before`);
    return found;
  };

/** How an edition names and links its parts: the context every list resolves with. */
function linksOf(parts: Parts, locale: Locale, partPath: (id: string) => string): Links {
  const overview = ui(locale).overview;
  const part = partIn(parts);
  const position = ({ part: id, passage }: Placed) => {
    if (id === undefined) return [Infinity, Infinity] as const;
    const index = passage === undefined ? -1 : (parts.get(id)?.passages.indexOf(passage) ?? -1);
    return [parts.get(id)?.order ?? Infinity, index === -1 ? Infinity : index] as const;
  };
  return {
    locale,
    partPath,
    href: (id, passage) => (passage ? `${partPath(id)}#${passage}` : partPath(id)),
    title: (id) => part(id).title,
    navTitle: (id) => part(id).navTitle ?? overview,
    order: (id) => part(id).order,
    readingOrder(a, b) {
      const [pa, ia] = position(a);
      const [pb, ib] = position(b);
      return pa - pb || ia - ib || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    },
  };
}

/** The sections in story order, numbered, each with its own figures, events, provenance and neighbours. */
function resolveSections(
  sections: PartInput<SectionData>[],
  part: (id: string) => Part,
  links: Links,
  figures: Figure[],
  events: TimelineEvent[],
  provenanceOf: (id: string) => Provenance,
): Section[] {
  const ordered = [...sections].sort((a, b) => a.data.order - b.data.order);
  const linkOf = (s: PartInput<SectionData>): SectionLink => ({
    id: s.id,
    path: links.partPath(s.id),
    title: s.data.title,
    navTitle: s.data.navTitle,
  });
  const navigation = ordered.map(linkOf);
  return ordered.map((s, index) => ({
    ...linkOf(s),
    ...provenanceOf(s.id),
    data: s.data,
    number: index + 1,
    headings: s.headings,
    passages: part(s.id).passages,
    readingMinutes: minutesFor(part(s.id).words),
    figures: figures.filter((f) => f.section === s.id),
    events: events.filter((e) => e.section === s.id),
    previous: navigation[index - 1],
    next: navigation[index + 1],
  }));
}
