/**
 * The explainer as the pages see it. `buildExplainer` is pure: it joins the collections, puts them in
 * order, checks every reference between them and throws one ContentError listing each problem with its
 * file and field. src/lib/load.ts feeds it from astro:content; the unit tests feed it plain objects.
 */
import { ContentError, ContentProblems } from "./content-error";
import { ChronologyError, datetimeOf, formatWhen, sortChronologically, type When } from "./dates";
import { bodyFacts, minutesFor } from "./mdx-body";
import { termIdsOf } from "./glossary";
import { ui } from "../i18n";
import { pagePath, reservedSlugs, type Locale } from "../i18n/locales";
import { eventAnchor, figureAnchor, INTRODUCTION_ID, partPath as englishPartPath } from "./permalinks";
import type { CorrectionData, FigureData, GlossaryData, IntroductionData, PlaceData, QuestionData, SectionData } from "./schemas";
import { entriesOf, LISTS, type ListCollection, type ListData, type ListInputs, type ListName } from "./collections";

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

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
   * Every list of src/lib/collections.ts as this edition has it, checked and in file order: what a
   * component of a new collection reads until the explainer resolves it further.
   */
  lists: { [K in ListName]: ListData<K>[] };
}

/** Ids that would clash with a page of their own. */
const RESERVED_SECTION_IDS = new Set([INTRODUCTION_ID, ...reservedSlugs("en")]);

export const correctionAnchor = (id: string) => `correction-${id}`;

export interface EditionOptions {
  locale: Locale;
  /** The page of a part in this edition: "/borders/", "/es/fronteras/"; the English paths by default. */
  partPath?: (sectionId: string) => string;
}

export function buildExplainer(
  input: ExplainerInput,
  { locale, partPath = englishPartPath }: EditionOptions = { locale: "en" },
): Explainer {
  const problems: ContentError[] = [];
  const passageHref = (sectionId: string, passageId: string) => `${partPath(sectionId)}#${passageId}`;
  const t = ui(locale);
  const parts = new Map<string, PartInput<unknown> & { passages: string[]; words: number }>();

  for (const part of [input.introduction, ...input.sections] as PartInput<unknown>[]) {
    const { passages, nested, words } = bodyFacts(part.body);
    parts.set(part.id, { ...part, passages, words });
    checkBody(part, passages, problems);
    for (const [inner, outer] of nested) {
      problems.push(
        new ContentError(
          part.file,
          `<Passage id="${inner}">`,
          `it is inside <Passage id="${outer}">; a passage cannot hold another: point at "${outer}" instead`,
        ),
      );
    }
  }

  const byOrder = new Map<number, PartInput<SectionData>>();
  for (const section of input.sections) {
    if (RESERVED_SECTION_IDS.has(section.id)) {
      problems.push(new ContentError(section.file, "file name", `"${section.id}" is reserved for another page; rename the file`));
    }
    const clash = byOrder.get(section.data.order);
    if (clash) {
      problems.push(
        new ContentError(section.file, 'field "order"', `${section.data.order} is already the order of ${clash.file}`),
      );
    } else {
      byOrder.set(section.data.order, section);
    }
  }

  const titleOf = (id: string) => (parts.get(id)?.data as { title: string } | undefined)?.title ?? id;
  const navTitleOf = (id: string) =>
    id === INTRODUCTION_ID ? t.overview : ((parts.get(id)?.data as { navTitle: string } | undefined)?.navTitle ?? id);
  const checkTarget = (file: string, what: string, sectionId: string, passage: string | undefined, field = "section") => {
    const part = parts.get(sectionId);
    if (!part) {
      const known = [...parts.keys()].join(", ");
      problems.push(new ContentError(file, `${what}, field "${field}"`, `no section "${sectionId}" (known: ${known})`));
      return;
    }
    if (passage !== undefined && !part.passages.includes(passage)) {
      const known = part.passages.length ? part.passages.join(", ") : "none";
      problems.push(
        new ContentError(
          file,
          `${what}, field "passage"`,
          `${part.file} has no <Passage id="${passage}"> (its passages: ${known})`,
        ),
      );
    }
  };

  // Every reference of every list, as the table declares them.
  for (const [name, spec] of entriesOf(LISTS) as [ListName, ListCollection][]) {
    const entries: { file: string; data: { id: string } }[] = input[name];
    for (const { file, data } of entries) {
      for (const ref of spec.references(data)) {
        checkTarget(file, `${spec.item} "${data.id}"${ref.at ? `, ${ref.at}` : ""}`, ref.section, ref.passage, ref.field);
      }
    }
  }

  const partOrder = (id: string) =>
    id === INTRODUCTION_ID ? 0 : (input.sections.find((s) => s.id === id)?.data.order ?? Infinity);
  const figures: Figure[] = input.figures.map(({ data }) => ({
    ...data,
    anchor: figureAnchor(data.id),
    permalink: passageHref(data.section, figureAnchor(data.id)),
    href: passageHref(data.section, data.passage),
    sectionTitle: titleOf(data.section),
    sectionNavTitle: navTitleOf(data.section),
  }));
  // In story order: the overview's figures first, then each section's, each file's own order kept.
  figures.sort((a, b) => partOrder(a.section) - partOrder(b.section));

  /** Refuses every entry after the first that claims a role only one may have (the pivot, the host). */
  const onlyOne = (claimants: { file: string; data: { id: string } }[], kind: string, role: string) => {
    for (const extra of claimants.slice(1)) {
      problems.push(
        new ContentError(
          extra.file,
          `${kind} "${extra.data.id}", field "${role}"`,
          `only one ${kind} can be the ${role}; "${claimants[0]!.data.id}" already is`,
        ),
      );
    }
  };
  onlyOne(
    input.events.filter((e) => e.data.pivot),
    "event",
    "pivot",
  );
  let events: TimelineEvent[] = [];
  try {
    events = sortChronologically(input.events.map((e) => e.data)).map((data) => ({
      id: data.id,
      anchor: eventAnchor(data.id),
      permalink: passageHref(data.section, eventAnchor(data.id)),
      when: data.when,
      label: formatWhen(data.when, locale),
      datetime: datetimeOf(data.when),
      text: data.text,
      section: data.section,
      sectionTitle: titleOf(data.section),
      sectionNavTitle: navTitleOf(data.section),
      href: data.passage ? passageHref(data.section, data.passage) : partPath(data.section),
      pivot: data.pivot ?? false,
    }));
  } catch (error) {
    if (!(error instanceof ChronologyError)) throw error;
    const file = input.events.find((e) => e.data.id === error.eventId)?.file ?? "timeline";
    problems.push(new ContentError(file, `event "${error.eventId}", field "when.after"`, error.message));
  }

  const partData = (id: string) => parts.get(id)?.data as { title: string; published: string; updated: string } | undefined;
  const corrections: Correction[] = input.corrections.map(({ file, data }) => {
    const what = `entry "${data.id}"`;
    if (data.part !== undefined) {
      const part = partData(data.part);
      if (part && data.published < part.published) {
        problems.push(
          new ContentError(
            file,
            `${what}, field "published"`,
            `${data.published} is before ${data.part} was published (${part.published})`,
          ),
        );
      }
      if (part && part.updated < data.published) {
        problems.push(
          new ContentError(
            parts.get(data.part)!.file,
            'field "updated"',
            `${part.updated} is before the log entry "${data.id}" of ${data.published} in ${file}; set it to ${data.published} or later`,
          ),
        );
      }
    } else if (data.passage !== undefined) {
      problems.push(new ContentError(file, `${what}, field "passage"`, 'a passage needs the part it is in (field "part")'));
    }
    return {
      ...data,
      permalink: `${pagePath("about", locale)}#${correctionAnchor(data.id)}`,
      href: data.part === undefined ? undefined : data.passage ? passageHref(data.part, data.passage) : partPath(data.part),
      partTitle: data.part === undefined ? undefined : titleOf(data.part),
    };
  });
  // Collections arrive sorted by id, not in file order: put entries in reading order instead (the part's
  // place in the story, then the passage's place in the part, then the id).
  const passageOrder = (part: string | undefined, passage: string | undefined) => {
    if (part === undefined) return [Infinity, Infinity] as const;
    const index = passage === undefined ? -1 : (parts.get(part)?.passages.indexOf(passage) ?? -1);
    return [partOrder(part), index === -1 ? Infinity : index] as const;
  };
  const readingOrder = (
    a: { id: string; part?: string | undefined; passage?: string | undefined },
    b: { id: string; part?: string | undefined; passage?: string | undefined },
  ) => {
    const [pa, ia] = passageOrder(a.part, a.passage);
    const [pb, ib] = passageOrder(b.part, b.passage);
    return pa - pb || ia - ib || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
  // Newest first; entries of one day in reading order.
  corrections.sort((a, b) => (a.published === b.published ? readingOrder(a, b) : a.published < b.published ? 1 : -1));

  const questions: Question[] = input.questions.map(({ data }) => {
    return { ...data, href: data.passage ? passageHref(data.part, data.passage) : partPath(data.part) };
  });
  questions.sort(readingOrder);

  const glossary: GlossaryEntry[] = input.glossary.map(({ data }) => {
    return {
      ...data,
      permalink: `${pagePath("glossary", locale)}#${data.id}`,
      href: data.passage ? passageHref(data.part, data.passage) : partPath(data.part),
      partTitle: titleOf(data.part),
    };
  });
  // Alphabetical by term, ignoring a leading apostrophe ("’Ndrangheta" sorts under N).
  const sortKey = (term: string) => term.replace(/^[’'‘]/, "").toLocaleLowerCase(locale);
  glossary.sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), locale));
  const glossaryIds = new Set(glossary.map((g) => g.id));
  const linkedTerms = new Set<string>();
  for (const part of parts.values()) {
    for (const id of termIdsOf(part.body)) {
      linkedTerms.add(id);
      if (!glossaryIds.has(id)) {
        const known = glossary.length ? [...glossaryIds].join(", ") : "the glossary is empty";
        problems.push(new ContentError(part.file, `<Term id="${id}">`, `no entry "${id}" in glossary.yaml (known: ${known})`));
      }
    }
  }
  for (const entry of input.glossary) {
    if (!linkedTerms.has(entry.data.id)) {
      problems.push(
        new ContentError(
          entry.file,
          `entry "${entry.data.id}"`,
          `no page links to it; wrap its first mention in <Term id="${entry.data.id}">…</Term>`,
        ),
      );
    }
  }

  const provenanceOf = (id: string): Provenance => {
    const own = corrections.filter((c) => c.part === id || c.part === undefined);
    return {
      published: partData(id)!.published,
      modified: own[0]?.published,
      corrections: own.filter((c) => c.part === id),
      questions: questions.filter((q) => q.part === id),
    };
  };

  const places: Place[] = input.places.map(({ data }) => {
    return {
      id: data.id,
      name: data.name,
      kind: data.kind,
      lon: data.position.lon,
      lat: data.position.lat,
      host: data.host ?? false,
      mentions: data.mentions.map((m) => ({
        ...m,
        href: passageHref(m.section, m.passage),
        sectionTitle: titleOf(m.section),
        sectionNavTitle: navTitleOf(m.section),
      })),
    };
  });
  onlyOne(
    input.places.filter((p) => p.data.host),
    "place",
    "host",
  );

  const ordered = [...input.sections].sort((a, b) => a.data.order - b.data.order);
  const links: SectionLink[] = ordered.map((s) => ({
    id: s.id,
    path: partPath(s.id),
    title: s.data.title,
    navTitle: s.data.navTitle,
  }));
  const sections: Section[] = ordered.map((s, index) => ({
    ...links[index]!,
    ...provenanceOf(s.id),
    data: s.data,
    number: index + 1,
    headings: s.headings,
    passages: parts.get(s.id)!.passages,
    readingMinutes: minutesFor(parts.get(s.id)!.words),
    figures: figures.filter((f) => f.section === s.id),
    events: events.filter((e) => e.section === s.id),
    previous: links[index - 1],
    next: links[index + 1],
  }));

  for (const section of sections) checkPageIds(parts.get(section.id)!, section.figures, section.events, problems);
  const intro = parts.get(INTRODUCTION_ID)!;
  checkPageIds(intro, figures, events, problems);

  if (problems.length > 0) throw new ContentProblems(problems);

  const allDates = [input.introduction.data.published, ...input.sections.map((x) => x.data.published)].sort();
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
    sections,
    figures,
    events,
    pivot: events.find((e) => e.pivot),
    corrections,
    glossary,
    published: allDates[0]!,
    modified: corrections[0]?.published,
    places,
    lists: listsOf(input),
  };
}

/** The data of every list, without the files it came from. */
function listsOf(input: ListInputs): Explainer["lists"] {
  const lists = entriesOf(LISTS).map(([name]) => [name, input[name].map((entry) => entry.data)]);
  return Object.fromEntries(lists) as Explainer["lists"];
}

function checkBody(part: PartInput<unknown>, passages: string[], problems: ContentError[]) {
  const seen = new Set<string>();
  for (const id of passages) {
    if (seen.has(id)) problems.push(new ContentError(part.file, `<Passage id="${id}">`, "the id is used twice in this file"));
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push(
        new ContentError(part.file, `<Passage id="${id}">`, "the id must be lowercase letters, digits and single hyphens"),
      );
    }
    seen.add(id);
  }
  // What a body may contain (no code, no foreign hosts) is checked before it gets here, line by line, by
  // the content gate (src/lib/content-gate.ts) in the loader and in the MDX compiler.
}

/** Every fragment id on one page (headings, passages, figure cards, events) must be unique there. */
function checkPageIds(
  part: PartInput<unknown> & { passages: string[] },
  figures: Figure[],
  events: TimelineEvent[],
  problems: ContentError[],
) {
  const owners = new Map<string, string>();
  const claim = (id: string, owner: string) => {
    const previous = owners.get(id);
    if (previous && previous !== owner) {
      problems.push(new ContentError(part.file, owner, `its id "${id}" is also the id of ${previous} on the same page`));
    }
    owners.set(id, owner);
  };
  for (const h of part.headings) claim(h.slug, `heading "${h.text}"`);
  for (const p of part.passages) claim(p, `<Passage id="${p}">`);
  for (const f of figures) claim(f.anchor, `figure "${f.id}"`);
  for (const e of events) claim(e.anchor, `event "${e.id}"`);
}
