/**
 * The explainer as the pages see it. `buildExplainer` is pure: it runs the named checks of
 * src/lib/explainer-checks.ts over the collections and throws one ContentError listing each problem with
 * its file and field; then it joins the collections, puts them in order and links them. src/lib/load.ts
 * feeds it from astro:content; the unit tests feed it plain objects.
 */
import { ContentProblems } from "./content-error";
import { datetimeOf, formatWhen, sortChronologically, type When } from "./dates";
import { bodyRecord, minutesFor } from "./mdx-body";
import { ui } from "../i18n";
import { pagePath, type Locale } from "../i18n/locales";
import { eventAnchor, figureAnchor, INTRODUCTION_ID, partPath as englishPartPath } from "./permalinks";
import type {
  CorrectionData,
  EventData,
  FigureData,
  GlossaryData,
  IntroductionData,
  PlaceData,
  QuestionData,
  SectionData,
} from "./schemas";
import type { Entries, ListInputs } from "./collections";
import {
  chronologyProblems,
  logProblems,
  onlyOneProblems,
  pageIdProblems,
  passageProblems,
  referenceProblems,
  sectionProblems,
  termProblems,
  type Heading,
  type Part,
  type Parts,
} from "./explainer-checks";

export type { Heading } from "./explainer-checks";

/** One MDX file as loaded: its data, its raw body and the headings the renderer gave it. */
export interface PartInput<D> {
  id: string;
  file: string;
  data: D;
  body: string;
  headings: Heading[];
}

/** Everything an edition is made of: its parts, and every list of src/lib/collections.ts by name. */
export interface ExplainerInput extends ListInputs {
  introduction: PartInput<IntroductionData>;
  sections: PartInput<SectionData>[];
}

export interface Correction extends CorrectionData {
  /** Its entry on the About page: "/about/#correction-darien-attribution". */
  permalink: string;
  /** The part (or passage) it concerns, or undefined for the whole site. */
  href: string | undefined;
  partTitle: string | undefined;
}

export interface Question extends QuestionData {
  href: string;
}

export interface GlossaryEntry extends GlossaryData {
  /** "/glossary/#darien-gap" */
  permalink: string;
  /** Where the article explains it: "/borders/#darien-gap". */
  href: string;
  partTitle: string;
}

/** What every part carries for trust: its dates as readers see them, its log entries and open questions. */
export interface Provenance {
  published: string;
  /** The day of the latest log entry about this part (or the whole site), or undefined when none. */
  modified: string | undefined;
  corrections: Correction[];
  questions: Question[];
}

export interface Figure extends FigureData {
  anchor: string;
  /** The figure's own permalink, on the page of its section: "/borders/#figure-darien-crossings". */
  permalink: string;
  /** Where the figure is explained: "/borders/#darien-gap". */
  href: string;
  sectionTitle: string;
  /** The section's short name ("Borders"; "Overview" for the introduction), for links in mixed lists. */
  sectionNavTitle: string;
}

export interface TimelineEvent {
  id: string;
  anchor: string;
  /** The event's own permalink, on the page of its section: "/borders/#event-darien-decline-begins". */
  permalink: string;
  when: When;
  label: string;
  /** A valid `<time datetime>` value, or undefined for an era or a decade. */
  datetime: string | undefined;
  text: string;
  section: string;
  sectionTitle: string;
  sectionNavTitle: string;
  href: string;
  pivot: boolean;
}

/** Where a place is mentioned: a passage of a part. */
export interface PlaceMention {
  section: string;
  passage: string;
  href: string;
  sectionTitle: string;
  /** The part's short name ("Borders"; "Overview" for the introduction), for the marker's link name. */
  sectionNavTitle: string;
}

/** A place of the locator map, with its mentions resolved to links, in the order of content/places.yaml. */
export interface Place {
  id: string;
  name: PlaceData["name"];
  kind: PlaceData["kind"];
  lon: number;
  lat: number;
  host: boolean;
  mentions: PlaceMention[];
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

export interface Explainer {
  locale: Locale;
  introduction: PartInput<IntroductionData> &
    Provenance & { path: string; passages: string[]; figures: Figure[]; events: TimelineEvent[] };
  sections: Section[];
  figures: Figure[];
  events: TimelineEvent[];
  /** The event the story turns on (the conference), if one is marked. */
  pivot: TimelineEvent | undefined;
  /** The whole log, newest first. */
  corrections: Correction[];
  glossary: GlossaryEntry[];
  /** The site's first publication and its latest substantive change (latest log entry). */
  published: string;
  modified: string | undefined;
  places: Place[];
  /**
   * Every list of src/lib/collections.ts as this edition has it, checked, in file order, each entry
   * with its file: what a component of a new collection reads until the explainer resolves it further.
   */
  lists: ListInputs;
}

export const correctionAnchor = (id: string) => `correction-${id}`;

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
    ...sectionProblems(input.sections),
    ...referenceProblems(input, parts),
    ...onlyOneProblems(
      input.events.filter((e) => e.data.pivot),
      "event",
      "pivot",
    ),
    ...chronologyProblems(input.events),
    ...logProblems(input.corrections, parts),
    ...termProblems(parts, input.glossary),
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
  const figures = resolveFigures(input.figures, links);
  const events = resolveEvents(input.events, links);
  const corrections = resolveCorrections(input.corrections, links);
  const questions = resolveQuestions(input.questions, links);
  const provenanceOf = (id: string): Provenance => {
    const own = corrections.filter((c) => c.part === id || c.part === undefined);
    return {
      published: links.part(id).published,
      modified: own[0]?.published,
      corrections: own.filter((c) => c.part === id),
      questions: questions.filter((q) => q.part === id),
    };
  };
  const intro = links.part(INTRODUCTION_ID);
  const { introduction: _introduction, sections: _sections, ...lists } = input;
  const allDates = [...parts.values()].map((p) => p.published).sort();
  return {
    locale,
    introduction: {
      ...input.introduction,
      ...provenanceOf(INTRODUCTION_ID),
      path: partPath(INTRODUCTION_ID),
      passages: intro.passages,
      figures: figures.filter((f) => f.section === INTRODUCTION_ID),
      events: events.filter((e) => e.section === INTRODUCTION_ID),
    },
    sections: resolveSections(input.sections, links, figures, events, provenanceOf),
    figures,
    events,
    pivot: events.find((e) => e.pivot),
    corrections,
    glossary: resolveGlossary(input.glossary, links),
    published: allDates[0] ?? intro.published,
    modified: corrections[0]?.published,
    places: resolvePlaces(input.places, links),
    lists,
  };
}

/** Each part of the input, with what its body says (its passages, terms and words). */
function partsOf(input: ExplainerInput): Parts {
  const part = (
    { id, file, body, headings }: PartInput<unknown>,
    data: { title: string; published: string; updated: string },
    navTitle: string | undefined,
    order: number,
  ): [string, Part] => {
    const { passages, nested, terms, words } = bodyRecord(body);
    const { title, published, updated } = data;
    return [id, { id, file, title, navTitle, order, published, updated, headings, passages, nested, terms, words }];
  };
  return new Map([
    part(input.introduction, input.introduction.data, undefined, 0),
    ...input.sections.map((s) => part(s, s.data, s.data.navTitle, s.data.order)),
  ]);
}

/** How an edition names and links the parts: what every resolver below needs. */
interface Links {
  part(id: string): Part;
  partPath(id: string): string;
  /** A passage, or the part itself when none is given. */
  href(part: string, passage: string | undefined): string;
  title(id: string): string;
  /** The part's short name: a section's navTitle, the edition's "Overview" for the introduction. */
  navTitle(id: string): string;
  /** Reading order of an entry: its part's place in the story, then its passage's place in the part, then its id. */
  readingOrder(a: Placed, b: Placed): number;
  locale: Locale;
}

interface Placed {
  id: string;
  part?: string | undefined;
  passage?: string | undefined;
}

function linksOf(parts: Parts, locale: Locale, partPath: (id: string) => string): Links {
  const overview = ui(locale).overview;
  const part = (id: string): Part => {
    const found = parts.get(id);
    if (!found) throw new Error(`no part "${id}": the references were checked before`);
    return found;
  };
  const position = ({ part: id, passage }: Placed) => {
    if (id === undefined) return [Infinity, Infinity] as const;
    const index = passage === undefined ? -1 : (parts.get(id)?.passages.indexOf(passage) ?? -1);
    return [parts.get(id)?.order ?? Infinity, index === -1 ? Infinity : index] as const;
  };
  return {
    part,
    partPath,
    href: (id, passage) => (passage ? `${partPath(id)}#${passage}` : partPath(id)),
    title: (id) => part(id).title,
    navTitle: (id) => part(id).navTitle ?? overview,
    readingOrder(a, b) {
      const [pa, ia] = position(a);
      const [pb, ib] = position(b);
      return pa - pb || ia - ib || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    },
    locale,
  };
}

/** The key figures in story order: the overview's first, then each section's, each file's own order kept. */
function resolveFigures(figures: Entries<FigureData>, links: Links): Figure[] {
  return figures
    .map(({ data }) => ({
      ...data,
      anchor: figureAnchor(data.id),
      permalink: links.href(data.section, figureAnchor(data.id)),
      href: links.href(data.section, data.passage),
      sectionTitle: links.title(data.section),
      sectionNavTitle: links.navTitle(data.section),
    }))
    .sort((a, b) => links.part(a.section).order - links.part(b.section).order);
}

/** The timeline, oldest first, each event labelled in the edition's language. */
function resolveEvents(events: Entries<EventData>, links: Links): TimelineEvent[] {
  return sortChronologically(events.map((e) => e.data)).map((data) => ({
    id: data.id,
    anchor: eventAnchor(data.id),
    permalink: links.href(data.section, eventAnchor(data.id)),
    when: data.when,
    label: formatWhen(data.when, links.locale),
    datetime: datetimeOf(data.when),
    text: data.text,
    section: data.section,
    sectionTitle: links.title(data.section),
    sectionNavTitle: links.navTitle(data.section),
    href: links.href(data.section, data.passage),
    pivot: data.pivot ?? false,
  }));
}

/** The log, newest first; entries of one day in reading order (collections arrive sorted by id, not as written). */
function resolveCorrections(corrections: Entries<CorrectionData>, links: Links): Correction[] {
  return corrections
    .map(({ data }) => ({
      ...data,
      permalink: `${pagePath("about", links.locale)}#${correctionAnchor(data.id)}`,
      href: data.part === undefined ? undefined : links.href(data.part, data.passage),
      partTitle: data.part === undefined ? undefined : links.title(data.part),
    }))
    .sort((a, b) => (a.published === b.published ? links.readingOrder(a, b) : a.published < b.published ? 1 : -1));
}

/** The open questions in reading order. */
function resolveQuestions(questions: Entries<QuestionData>, links: Links): Question[] {
  return questions
    .map(({ data }) => ({ ...data, href: links.href(data.part, data.passage) }))
    .sort((a, b) => links.readingOrder(a, b));
}

/** The glossary, alphabetical by term, ignoring a leading apostrophe ("’Ndrangheta" sorts under N). */
function resolveGlossary(glossary: Entries<GlossaryData>, links: Links): GlossaryEntry[] {
  const sortKey = (term: string) => term.replace(/^[’'‘]/, "").toLocaleLowerCase(links.locale);
  return glossary
    .map(({ data }) => ({
      ...data,
      permalink: `${pagePath("glossary", links.locale)}#${data.id}`,
      href: links.href(data.part, data.passage),
      partTitle: links.title(data.part),
    }))
    .sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), links.locale));
}

/** The places of the map, in file order, each mention a link to its passage. */
function resolvePlaces(places: Entries<PlaceData>, links: Links): Place[] {
  return places.map(({ data }) => ({
    id: data.id,
    name: data.name,
    kind: data.kind,
    lon: data.position.lon,
    lat: data.position.lat,
    host: data.host ?? false,
    mentions: data.mentions.map((m) => ({
      ...m,
      href: links.href(m.section, m.passage),
      sectionTitle: links.title(m.section),
      sectionNavTitle: links.navTitle(m.section),
    })),
  }));
}

/** The sections in story order, numbered, each with its own figures, events, provenance and neighbours. */
function resolveSections(
  sections: PartInput<SectionData>[],
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
    passages: links.part(s.id).passages,
    readingMinutes: minutesFor(links.part(s.id).words),
    figures: figures.filter((f) => f.section === s.id),
    events: events.filter((e) => e.section === s.id),
    previous: navigation[index - 1],
    next: navigation[index + 1],
  }));
}
