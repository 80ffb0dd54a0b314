/**
 * The table of collections: each collection of content/ declared once, with its files, its schema, the
 * words another edition translates, the parts and passages its entries point at and, for a list, how it
 * resolves into what the pages receive. Everything else loops over this table: src/content.config.ts
 * defines one Astro collection per entry and edition, src/lib/load.ts reads them, src/lib/translation.ts
 * joins an edition's words to the English entries, and src/lib/explainer.ts checks every reference and
 * resolves every list (`explainer.<name>`). Adding a collection is one entry here (its schema in
 * src/lib/schemas.ts, the type of its resolved entries in src/lib/resolved.ts) plus the components that show it.
 */
import type { z } from "astro/zod";
import { pagePath, type Locale } from "../i18n/locales";
import { datetimeOf, formatWhen, sortChronologically } from "./dates";
import { figureNumbers, sameFigureNumbers } from "./figure-numbers";
import { correctionAnchor, eventAnchor, figureAnchor } from "./permalinks";
import type { Correction, Figure, GlossaryEntry, Links, Place, Question, TimelineEvent } from "./resolved";
import {
  aboutSchema,
  aboutTranslationSchema,
  correctionSchema,
  correctionTranslationSchema,
  eventSchema,
  eventTranslationSchema,
  figureSchema,
  figureTranslationSchema,
  glossarySchema,
  glossaryTranslationSchema,
  introductionSchema,
  introductionTranslationSchema,
  PERCENT,
  placeSchema,
  questionSchema,
  questionTranslationSchema,
  sectionSchema,
  sectionTranslationSchema,
  textSchema,
  textTranslationSchema,
} from "./schemas";

/**
 * Where an entry points: a part (a section id, or `introduction`) and, optionally, a passage in it.
 * A miss is reported on the entry's `field`, after `at` when the reference sits inside a list field.
 */
export interface Reference {
  field: "section" | "part";
  at?: string;
  section: string;
  passage: string | undefined;
}

/** A problem of one entry: the field and what is wrong with it. */
export interface Problem {
  field: string;
  problem: string;
}

type AnyEntry = z.ZodType<{ id: string }>;

/** MDX files: the parts of the story and the About page, each one page. Their bodies pass the content gate. */
export interface PartCollection<S extends z.ZodType = z.ZodType, T extends z.ZodType = z.ZodType> {
  format: "mdx";
  /** The folder under content/ (and under an edition's content/<locale>/), "" for content/ itself. */
  dir: string;
  pattern: string;
  schema: S;
  /** The words of another edition: the schema of its file of the same name. */
  translation: { schema: T };
}

/** A YAML list of entries with an `id` each. */
// Methods, not function-typed fields: an entry of the table is then usable as a ListCollection of any
// data with an id (src/lib/translation.ts and the explainer loop over the table without knowing each type).
export interface ListCollection<S extends z.ZodType = AnyEntry, T extends z.ZodType = AnyEntry, R = unknown> {
  format: "yaml";
  /** The file under content/; an edition's translation has the same name under content/<locale>/. */
  file: string;
  /** An optional file may be absent: an empty list (the benchmark's content has no log, questions or glossary). */
  optional: boolean;
  /** What an entry is called in messages: "figure" gives `figure "darien-crossings", field "value"`. */
  item: string;
  schema: S;
  /** The parts and passages an entry points at; each one must exist. */
  references(data: z.output<S>): Reference[];
  /**
   * The words of another edition, joined to the English entries by id: a list with the same ids and the
   * fields of `schema` (the translated fields). The edition's entry is the English one with those fields
   * replaced, or `merge`'s; `check` refuses a translation that loses what the English entry has.
   */
  translation?: {
    schema: T;
    merge?(original: z.output<S>, words: z.output<T>): z.output<S>;
    /** `englishFile`: the file of the English entry, for a problem that names both editions' files. */
    check?(original: z.output<S>, words: z.output<T>, locale: Locale, englishFile: string): Problem | undefined;
  };
  /** For data that holds every language itself (a place's names): what each edition needs of an entry. */
  localized?(data: z.output<S>, locale: Locale): Problem | undefined;
  /**
   * What the pages receive of the list (`explainer.<name>`): its checked entries, in file order,
   * linked and put in order with the edition's links. It runs after every check has passed, so each
   * part and passage an entry points at exists.
   */
  resolve(entries: Entries<z.output<S>>, links: Links): R;
}

const part = <S extends z.ZodType, T extends z.ZodType>(spec: Omit<PartCollection<S, T>, "format">): PartCollection<S, T> => ({
  format: "mdx",
  ...spec,
});
type Translation<S extends z.ZodType, T extends z.ZodType> = NonNullable<ListCollection<S, T>["translation"]>;
/** A list entry of the table; its type says whether another edition translates it, and what it resolves to. */
function list<S extends z.ZodType, T extends z.ZodType, R>(
  spec: Omit<ListCollection<S, T, R>, "format" | "translation"> & { translation: Translation<S, T> },
): ListCollection<S, T, R> & { translation: Translation<S, T> };
function list<S extends z.ZodType, R>(
  spec: Omit<ListCollection<S, z.ZodNever, R>, "format" | "translation">,
): ListCollection<S, z.ZodNever, R>;
function list<S extends z.ZodType, T extends z.ZodType, R>(
  spec: Omit<ListCollection<S, T, R>, "format">,
): ListCollection<S, T, R> {
  return { format: "yaml", ...spec };
}

/** A part and, when given, a passage in it. */
const at = (field: Reference["field"], section: string, passage: string | undefined): Reference => ({ field, section, passage });

/** Each entry of a table, typed by its own key. */
export const entriesOf = <T extends object>(table: T) => Object.entries(table) as { [K in keyof T]: [K, T[K]] }[keyof T][];

export const PARTS = {
  introduction: part({
    dir: "",
    pattern: "introduction.mdx",
    schema: introductionSchema,
    translation: { schema: introductionTranslationSchema },
  }),
  sections: part({ dir: "sections", pattern: "*.mdx", schema: sectionSchema, translation: { schema: sectionTranslationSchema } }),
  /** The About page: not a part of the story, but its prose is MDX like theirs, gated and joined the same way. */
  about: part({ dir: "", pattern: "about.mdx", schema: aboutSchema, translation: { schema: aboutTranslationSchema } }),
};

export const LISTS = {
  figures: list({
    file: "figures.yaml",
    optional: false,
    item: "figure",
    schema: figureSchema,
    references: (d) => [at("section", d.section, d.passage)],
    translation: {
      schema: figureTranslationSchema,
      check: (original, words, locale, englishFile) => {
        if (original.kind === "percentage" && !PERCENT.test(words.value)) {
          return {
            field: "value",
            problem: `the English figure is a percentage ("${original.value}"); the ${locale} value must keep the number and % (got "${words.value}")`,
          };
        }
        if (!sameFigureNumbers(original.value, words.value, locale)) {
          const stated = (numbers: string[]) => numbers.join(", ") || "no number";
          return {
            field: "value",
            problem: `"${words.value}" states ${stated(figureNumbers(words.value, locale))}, but ${englishFile} gives this figure as "${original.value}", which states ${stated(figureNumbers(original.value, "en"))}; a figure states the same numbers in both editions (${locale})`,
          };
        }
        return undefined;
      },
    },
    /** The key figures in story order: the overview's first, then each section's, each file's own order kept. */
    resolve: (entries, links): Figure[] =>
      entries
        .map(({ data }) => ({
          ...data,
          anchor: figureAnchor(data.id),
          permalink: links.href(data.section, figureAnchor(data.id)),
          href: links.href(data.section, data.passage),
          sectionTitle: links.title(data.section),
          sectionNavTitle: links.navTitle(data.section),
        }))
        .sort((a, b) => links.order(a.section) - links.order(b.section)),
  }),
  events: list({
    file: "timeline.yaml",
    optional: false,
    item: "event",
    schema: eventSchema,
    references: (d) => [at("section", d.section, d.passage)],
    translation: {
      schema: eventTranslationSchema,
      merge: (original, words) => ({
        ...original,
        when: "era" in original.when && words.era ? { ...original.when, era: words.era } : original.when,
        text: words.text,
      }),
      check: (original, words, locale) => {
        if ("era" in original.when === (words.era !== undefined)) return undefined;
        return {
          field: "era",
          problem:
            "era" in original.when
              ? `is missing: the English event is the era "${original.when.era}" (${locale})`
              : `the English event has a date, not an era; remove the field (${locale})`,
        };
      },
    },
    /** The timeline, oldest first, each event labelled in the edition's language. */
    resolve: (entries, links): TimelineEvent[] =>
      sortChronologically(entries.map((e) => e.data)).map((data) => ({
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
      })),
  }),
  corrections: list({
    file: "corrections.yaml",
    optional: true,
    item: "entry",
    schema: correctionSchema,
    references: (d) => (d.part === undefined ? [] : [at("part", d.part, d.passage)]),
    translation: { schema: correctionTranslationSchema },
    /** The log, newest first; entries of one day in reading order (collections arrive sorted by id, not as written). */
    resolve: (entries, links): Correction[] =>
      entries
        .map(({ data }) => ({
          ...data,
          permalink: `${pagePath("about", links.locale)}#${correctionAnchor(data.id)}`,
          href: data.part === undefined ? undefined : links.href(data.part, data.passage),
          partTitle: data.part === undefined ? undefined : links.title(data.part),
        }))
        .sort((a, b) => (a.published === b.published ? links.readingOrder(a, b) : a.published < b.published ? 1 : -1)),
  }),
  questions: list({
    file: "questions.yaml",
    optional: true,
    item: "question",
    schema: questionSchema,
    references: (d) => [at("part", d.part, d.passage)],
    translation: { schema: questionTranslationSchema },
    /** The open questions in reading order. */
    resolve: (entries, links): Question[] =>
      entries
        .map(({ data }) => ({ ...data, href: links.href(data.part, data.passage) }))
        .sort((a, b) => links.readingOrder(a, b)),
  }),
  glossary: list({
    file: "glossary.yaml",
    optional: true,
    item: "entry",
    schema: glossarySchema,
    references: (d) => [at("part", d.part, d.passage)],
    translation: {
      schema: glossaryTranslationSchema,
      check: (original, words, locale) =>
        (original.unexplained === undefined) === (words.unexplained === undefined)
          ? undefined
          : {
              field: "unexplained",
              problem:
                original.unexplained === undefined
                  ? `the English entry has none (the report explains the term); remove it (${locale})`
                  : `is missing: the English entry says what the report leaves out (${locale})`,
            },
    },
    /** The glossary, alphabetical by term, ignoring a leading apostrophe ("’Ndrangheta" sorts under N). */
    resolve: (entries, links): GlossaryEntry[] => {
      const sortKey = (term: string) => term.replace(/^[’'‘]/, "").toLocaleLowerCase(links.locale);
      return entries
        .map(({ data }) => ({
          ...data,
          permalink: `${pagePath("glossary", links.locale)}#${data.id}`,
          href: links.href(data.part, data.passage),
          partTitle: links.title(data.part),
        }))
        .sort((a, b) => sortKey(a.term).localeCompare(sortKey(b.term), links.locale));
    },
  }),
  places: list({
    file: "places.yaml",
    optional: false,
    item: "place",
    schema: placeSchema,
    references: (d) => d.mentions.map((m, i) => ({ ...at("section", m.section, m.passage), at: `mentions[${i}]` })),
    localized: (d, locale) =>
      typeof d.name[locale] === "string"
        ? undefined
        : { field: `name.${locale}`, problem: "is missing: every place is named in every edition" },
    /** The places of the map, in file order, each mention a link to its passage. */
    resolve: (entries, links): Place[] =>
      entries.map(({ data }) => ({
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
      })),
  }),
  texts: list({
    file: "texts.yaml",
    optional: true,
    item: "text",
    schema: textSchema,
    references: () => [],
    translation: { schema: textTranslationSchema },
    /** The site's short plain texts in file order, each found by id (src/lib/texts.ts `textOf`). */
    resolve: (entries) => entries.map((e) => e.data),
  }),
};

export type PartName = keyof typeof PARTS;
export type ListName = keyof typeof LISTS;
export type CollectionName = PartName | ListName;

/** The data of an entry of a list, as its schema gives it. */
export type ListData<K extends ListName> = z.output<(typeof LISTS)[K]["schema"]>;
export type Entries<D> = { file: string; data: D }[];
/** Every list, by name, as the explainer receives it (an absent optional file is an empty list). */
export type ListInputs = { [K in ListName]: Entries<ListData<K>> };
/** What the pages receive of a list: what its `resolve` returns. */
export type Resolved<K extends ListName> = ReturnType<(typeof LISTS)[K]["resolve"]>;
/** Every list, by name, as the pages receive it (each at `explainer.<name>`). */
export type ResolvedLists = { [K in ListName]: Resolved<K> };

/** The lists another edition translates. */
export type TranslatedListName = {
  [K in ListName]: (typeof LISTS)[K] extends { translation: { schema: z.ZodType } } ? K : never;
}[ListName];
export type ListWords<K extends TranslatedListName> = z.output<NonNullable<(typeof LISTS)[K]["translation"]>["schema"]>;

/** The lists another edition translates, in the table's order. */
export const TRANSLATED_LISTS = entriesOf(LISTS).flatMap(([name]) => (isTranslated(name) ? [name] : []));
function isTranslated(name: ListName): name is TranslatedListName {
  return LISTS[name].translation !== undefined;
}

/** The Astro collection of an edition's translation of a collection: "esFigures" for figures in Spanish. */
export type EditionCollectionName<L extends string, K extends string> = `${L}${Capitalize<K>}`;
export const editionCollectionName = <L extends string, K extends string>(locale: L, name: K): EditionCollectionName<L, K> =>
  `${locale}${name.charAt(0).toUpperCase()}${name.slice(1)}` as EditionCollectionName<L, K>;
