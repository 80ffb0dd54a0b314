/**
 * The content model. Every collection's schema lives here, field by field, so that unit tests can feed
 * good and bad data to exactly what the build uses (src/content.config.ts only wires these to loaders).
 */
import { z } from "astro/zod";
import { isCalendarDate, isCalendarMonth } from "./dates";

/** Lowercase words joined by hyphens: the shape of every id that ends up in a URL. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens (like darien-gap)");

/**
 * An object schema that refuses fields it does not know, like `z.strictObject`, but names each unknown
 * field in its own issue (Astro prints a strict object's issue without a field name) and lists the
 * fields that are allowed. It runs even when other fields are wrong, so every problem is reported at once.
 */
export function closedObject<Shape extends z.ZodRawShape>(shape: Shape, what: string) {
  const allowed = Object.keys(shape);
  return z
    .looseObject(shape)
    .superRefine(
      (data, ctx) => {
        if (typeof data !== "object" || data === null) return;
        for (const key of Object.keys(data)) {
          if (!allowed.includes(key)) {
            ctx.addIssue({
              code: "custom",
              path: [key],
              message: `is not a field of ${what}; the fields are: ${allowed.join(", ")}`,
            });
          }
        }
      },
      { when: () => true },
    )
    .transform((data) => data as z.output<z.ZodObject<Shape>>);
}

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/**
 * A calendar day written "YYYY-MM-DD". YAML reads an unquoted date as a timestamp and silently rolls
 * impossible days over (2025-02-30 becomes 2 March), so dates must be quoted strings.
 */
export const isoDate = z
  .unknown()
  .superRefine((value, ctx) => {
    if (value instanceof Date) {
      ctx.addIssue({ code: "custom", message: 'write the date in quotes, as "YYYY-MM-DD"' });
    } else if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      ctx.addIssue({ code: "custom", message: 'must be a date written "YYYY-MM-DD"' });
    } else if (!isCalendarDate(value)) {
      ctx.addIssue({ code: "custom", message: `"${value}" is not a day of the calendar` });
    }
  })
  .transform((value) => value as string);

/** A part's short name, in every edition. */
const navTitle = text(20).describe("One or two words for the site header and previous/next links.");

const pageFields = {
  title: text(120).describe("The headline, in sentence case."),
  standfirst: text(240).describe("One sentence under the headline that says what the reader will learn."),
  takeaway: text(320).describe(
    "One or two sentences: the point of this part. Used on the page, in the meta description, in link previews and in the summary.",
  ),
  published: isoDate.describe('When this explainer text was first published, "YYYY-MM-DD".'),
  updated: isoDate.describe(
    'When the text last changed in any way, "YYYY-MM-DD"; never before `published`, nor before the latest entry about this part in corrections.yaml (the date readers see follows that log).',
  ),
};

const updatedNotBeforePublished = <T extends { published: string; updated: string }>(data: T, ctx: z.RefinementCtx) => {
  if (data.updated < data.published) {
    ctx.addIssue({ code: "custom", path: ["updated"], message: `${data.updated} is before published (${data.published})` });
  }
};

/** The words about the source, in every edition (its kind and dates are the English file's). */
const sourceWords = {
  name: text(120).describe("What it is, in a few words: JSON-LD isBasedOn name."),
  description: text(400).describe(
    "What it is and is not (no official record, no transcript), and what is known of its date: JSON-LD isBasedOn description and the About page.",
  ),
  line: text(200).describe("The sourcing line under the standfirst of every page that tells the conference: one sentence."),
  siteLine: text(200).describe(
    "The sourcing line of the pages about the site rather than the conference (About, Glossary): what every fact comes from, without saying the page tells the conference.",
  ),
};

/** content/introduction.mdx: the lede of the home page, the conference it is about, and its source. */
export const introductionSchema = closedObject(
  {
    ...pageFields,
    conference: closedObject(
      {
        name: text(120).describe('Its full name: "Central American Security Conference".'),
        shortName: text(20).describe('Its short name: "CENTSEC".'),
        place: text(80).describe("Where it was held, as the source names it."),
      },
      "the conference",
    ).describe("The conference itself, for structured data (schema.org Event); its date is the pivot event's."),
    source: closedObject(
      {
        ...sourceWords,
        kind: z.literal("news-report").describe("What the source is: one news report of the conference."),
        writtenNotBefore: isoDate.describe(
          "The earliest day it can have been written, as far as its own text tells (it reports the conference's close).",
        ),
        publishedOn: isoDate.optional().describe("Its publication date; left out while the source gives none (never guessed)."),
      },
      "the source",
    ).describe(
      "The one source every fact comes from: shown in one line under the standfirst of every page, in full on the About page, and as JSON-LD isBasedOn.",
    ),
  },
  "the introduction",
).superRefine(updatedNotBeforePublished);

/** content/sections/*.mdx: one conference section each; the file name is its URL (`borders.mdx` -> /borders/). */
export const sectionSchema = closedObject(
  {
    ...pageFields,
    navTitle,
    order: z
      .number()
      .int("must be a whole number")
      .positive("must be 1 or more")
      .describe("Position in the story: 1 is read first. Unique."),
  },
  "a section",
).superRefine(updatedNotBeforePublished);

/** Where a figure or event is explained: a section id (its file name) or `introduction`. */
const sectionRef = slug.describe("The id of a section (its file name without .mdx), or `introduction` for the home page lede.");
const passageRef = slug.describe('The id of a <Passage id="..."> in that file.');

/**
 * What kind of number a key figure is. A key figure is a quantity, a count or a rank that the article
 * states; a date, a name or a description is not one (dates belong in the timeline). A section without
 * a real number shows its strongest count or rank, typed as such, and is never padded.
 */
export const FIGURE_KINDS = ["percentage", "amount", "count", "rank"] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** A number followed by %, directly (English, "90%") or after a space (Spanish, "90\u00a0%"). */
export const PERCENT = /\d[\s\u00a0\u202f]?%/;

const ENGLISH_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const SPANISH_MONTH = /\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)\b/i;
const ISO_DATE = /\b\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?\b/;
/** A year of the last two centuries as the whole value, after at most a preposition: "2023", "since 2023", "desde 2023". */
const LONE_YEAR = /^((in|since|by|until|from|before|after|en|desde|hasta|antes de|después de)\s+)?(18|19|20)\d{2}$/i;

/**
 * Whether a figure's value is a date: a year standing alone, a month name (English or Spanish) or an ISO
 * date. Dates belong in the timeline, where they are ordered and linked; a key figure is a measurement.
 * A four-digit number with a unit, a % or inside a count ("1500", "1000%", "2023 km") is not a date.
 */
export function isDate(value: string): boolean {
  const trimmed = value.trim();
  return LONE_YEAR.test(trimmed) || ENGLISH_MONTH.test(trimmed) || SPANISH_MONTH.test(trimmed) || ISO_DATE.test(trimmed);
}

/** content/figures.yaml: the key figures, as data. */
export const figureSchema = closedObject(
  {
    id: slug.describe("Permalink id of the figure; unique."),
    kind: z
      .enum(FIGURE_KINDS)
      .describe(
        'What the value is: "percentage" (a change or share the article gives in %, set large), "amount" (a sum the article gives only in words, such as "Billions"), "count" (a number of things, in digits or words, such as "Hundreds"), "rank" (a position among others, such as "Top trading partner"). Each kind is set differently, so a rank never looks like a measurement.',
      ),
    value: text(32).describe(
      'The display value as the article gives it: "90%", "Over 25%", "Billions", "Hundreds", "Top trading partner".',
    ),
    label: text(180).describe(
      'What the value measures, read after the value as one phrase; it carries the article\'s attribution and time frame ("since 2023, according to research cited in the report").',
    ),
    section: sectionRef,
    passage: passageRef,
  },
  "a key figure",
).superRefine((data, ctx) => {
  if (data.kind === "percentage" && !PERCENT.test(data.value)) {
    ctx.addIssue({
      code: "custom",
      path: ["value"],
      message: `a percentage must contain a number with % (got "${data.value}")`,
    });
  }
  if (data.kind !== "percentage" && PERCENT.test(data.value)) {
    ctx.addIssue({ code: "custom", path: ["kind"], message: `"${data.value}" is a percentage; set kind: percentage` });
  }
  if (isDate(data.value)) {
    ctx.addIssue({
      code: "custom",
      path: ["value"],
      message: `"${data.value}" is a date; dates belong in the timeline, not among key figures`,
    });
  }
});

/** Where a log entry, question or glossary entry is explained: a part and, optionally, a passage in it. */
const optionalPassage = passageRef.optional();

/**
 * content/corrections.yaml: the corrections and updates log. Every entry is substantive (a copy edit is
 * not logged): a page's dateModified, shown date and feed date follow its latest entry.
 */
export const CORRECTION_KINDS = ["correction", "clarification", "update"] as const;
export const correctionSchema = closedObject(
  {
    id: slug.describe("Permalink id of the entry on the About page (#correction-<id>); unique."),
    published: isoDate.describe('The day the entry, and the change it records, went live, "YYYY-MM-DD".'),
    kind: z
      .enum(CORRECTION_KINDS)
      .describe(
        '"correction": we said something wrong or stronger/weaker than the source; "clarification": right but open to a wrong reading; "update": something added or restructured.',
      ),
    part: sectionRef.optional().describe("The part it concerns (a section id or `introduction`); left out for the whole site."),
    passage: optionalPassage.describe("The passage it concerns, if one (a <Passage id> in that part)."),
    text: text(500).describe("What was wrong or missing, and what is right now, in our own words; one to three sentences."),
  },
  "a log entry",
);

/** content/questions.yaml: what the report does not tell us, one open question per entry. */
export const questionSchema = closedObject(
  {
    id: slug.describe("Id of the question; unique."),
    part: sectionRef.describe("The part whose foot lists it (a section id or `introduction`)."),
    passage: optionalPassage.describe("The passage that leaves the question open, if one."),
    text: text(200)
      .refine((value) => value.endsWith("?"), "must be written as a question, ending with ?")
      .describe("The open question, drawn only from a gap in the article (never an answer from elsewhere)."),
  },
  "an open question",
);

/** content/glossary.yaml: the names and terms a reader meets, explained only as far as the article does. */
export const glossarySchema = closedObject(
  {
    id: slug.describe(
      'Anchor on the glossary page (/glossary/#<id>) and the id a <Term id="..."> in the text points to; unique.',
    ),
    term: text(60).describe('The name as the reader meets it: "Darién Gap".'),
    part: sectionRef.describe("The part where the article explains it (or mentions it first)."),
    passage: optionalPassage.describe("The passage in that part, if one."),
    says: text(300).describe("What the article says about it, in our own words; nothing from elsewhere."),
    unexplained: text(200)
      .optional()
      .describe(
        'What the article leaves out, completing "The report does not explain …"; left out only when the article explains the term.',
      ),
    lang: z
      .string()
      .regex(/^[a-z]{2}$/, "must be a two-letter language code, like en or it")
      .optional()
      .describe(
        "The language of the name itself, when it stays untranslated in every edition (`en` for the Naval Ship Comfort, `it` for the ’Ndrangheta): pages mark each mention with it, for screen readers.",
      ),
  },
  "a glossary entry",
);

const datedWhen = z.union(
  [
    z.strictObject({
      date: z.string().refine(isCalendarDate, 'must be a real day written "YYYY-MM-DD"').describe("A single day."),
    }),
    z.strictObject({
      month: z.string().refine(isCalendarMonth, 'must be a real month written "YYYY-MM"').describe("A month."),
    }),
    z.strictObject({ year: z.number().int().min(1).max(9999).describe("A year.") }),
    z.strictObject({
      decade: z
        .number()
        .int()
        .min(0)
        .max(9990)
        .refine((value) => value % 10 === 0, "must be the first year of a decade, like 1950")
        .describe("A decade, by its first year: 1950 is the 1950s."),
    }),
    z.strictObject({
      era: text(60).describe('A named period with no date in the source: "The Cold War".'),
      after: slug.describe("The id of the event this era follows in the timeline."),
    }),
  ],
  {
    error:
      'must be exactly one of { date: "YYYY-MM-DD" }, { month: "YYYY-MM" }, { year: 2023 }, { decade: 1950 } or { era: "A named period", after: <event id> }',
  },
);

/** content/timeline.yaml: dated or datable events, each as precise as the source allows. */
export const eventSchema = closedObject(
  {
    id: slug.describe("Permalink id of the event; unique."),
    when: datedWhen.describe("Exactly one of date, month, year, decade, or era + after."),
    text: text(200).describe("What happened, in one short sentence."),
    section: sectionRef,
    passage: passageRef.optional(),
    pivot: z
      .boolean()
      .optional()
      .describe("True for the one event the whole story turns on (the conference); it stands out in the timeline."),
  },
  "a timeline event",
);

/*
 * Translations. Another edition (content/es/) holds only the words: the same files, ids and passages as
 * the English, with the translatable fields of each; everything else (order, dates, sections, kinds) is
 * the English file's. src/lib/translation.ts joins them by id and refuses any mismatch.
 */

/** content/es/sections/*.mdx: the same file name as the English part, and the slug of its Spanish URL. */
export const sectionTranslationSchema = closedObject(
  {
    title: pageFields.title,
    navTitle,
    slug: slug.describe('The part\'s address in this edition: "fronteras" is /es/fronteras/. Unique.'),
    standfirst: pageFields.standfirst,
    takeaway: pageFields.takeaway,
  },
  "a translated section",
);

/**
 * content/texts.yaml: short plain texts of the site that hold a fact, each where its id says (the map's
 * description). `{host}` stands for a value the page fills in (src/lib/texts.ts); a text holds no markup.
 */
const textWords = text(400).describe("One plain sentence or two, without markup.");
export const textSchema = closedObject(
  { id: slug.describe("Where the text is used, e.g. map-description."), text: textWords },
  "a text of the site",
);

export const textTranslationSchema = closedObject(
  { id: slug.describe("The id of the English text it translates."), text: textWords },
  "a translated text of the site",
);

/** content/about.mdx: the About page; its body is the page's prose, through the content gate like a part's. */
export const aboutSchema = closedObject(
  { standfirst: pageFields.standfirst.describe("One sentence under the page's title: what the page tells.") },
  "the About page",
);

/** content/es/about.mdx: the same fields, in the edition's words. */
export const aboutTranslationSchema = closedObject({ standfirst: pageFields.standfirst }, "the translated About page");

/** content/es/introduction.mdx */
export const introductionTranslationSchema = closedObject(
  {
    title: pageFields.title,
    standfirst: pageFields.standfirst,
    takeaway: pageFields.takeaway,
    conference: closedObject(
      {
        name: text(120).describe("Its full name in this language."),
        shortName: text(20),
        place: text(80),
      },
      "the conference",
    ),
    source: closedObject(sourceWords, "the source"),
  },
  "the translated introduction",
);

export const figureTranslationSchema = closedObject(
  {
    id: slug.describe("The id of the English figure it translates."),
    value: text(32).describe('The display value in this language: "90\u00a0%", "Miles de millones".'),
    label: text(180),
  },
  "a translated key figure",
);

export const eventTranslationSchema = closedObject(
  {
    id: slug.describe("The id of the English event it translates."),
    era: text(60).optional().describe("The era's name, exactly when the English event's `when` is an era."),
    text: text(200),
  },
  "a translated timeline event",
);

export const correctionTranslationSchema = closedObject(
  { id: slug.describe("The id of the English entry it translates."), text: text(500) },
  "a translated log entry",
);

export const questionTranslationSchema = closedObject(
  {
    id: slug.describe("The id of the English question it translates."),
    text: text(200).refine((value) => value.endsWith("?"), "must be written as a question, ending with ?"),
  },
  "a translated open question",
);

export const glossaryTranslationSchema = closedObject(
  {
    id: slug.describe("The id of the English entry it translates."),
    term: text(60),
    says: text(300),
    unexplained: text(200).optional().describe("Exactly when the English entry has it."),
  },
  "a translated glossary entry",
);

export type SectionTranslation = z.output<typeof sectionTranslationSchema>;
export type IntroductionTranslation = z.output<typeof introductionTranslationSchema>;
export type AboutTranslation = z.output<typeof aboutTranslationSchema>;
export type FigureTranslation = z.output<typeof figureTranslationSchema>;
export type EventTranslation = z.output<typeof eventTranslationSchema>;
export type CorrectionTranslation = z.output<typeof correctionTranslationSchema>;
export type QuestionTranslation = z.output<typeof questionTranslationSchema>;
export type GlossaryTranslation = z.output<typeof glossaryTranslationSchema>;

export type SectionData = z.output<typeof sectionSchema>;
export type IntroductionData = z.output<typeof introductionSchema>;
export type AboutData = z.output<typeof aboutSchema>;
export type FigureData = z.output<typeof figureSchema>;
export type EventData = z.output<typeof eventSchema>;
export type CorrectionData = z.output<typeof correctionSchema>;
export type QuestionData = z.output<typeof questionSchema>;
export type GlossaryData = z.output<typeof glossarySchema>;

/**
 * Text in every language the site has: `{ en: "Darién Gap" }`, keyed by ISO 639-1 code. English, the
 * first edition, is required; another edition only adds its key to the data.
 */
export const localizedText = (max: number) =>
  z
    .record(z.string(), text(max))
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value)) {
        if (!/^[a-z]{2}$/.test(key)) {
          ctx.addIssue({ code: "custom", path: [key], message: `"${key}" must be a two-letter language code, like en or es` });
        }
      }
      if (typeof value["en"] !== "string") ctx.addIssue({ code: "custom", message: "must have an English (en) text" });
    })
    .describe("One text per language, keyed by its two-letter code; `en` is required, another edition adds its key.");

/** content/places.yaml: the places the article names, for the locator map. Reference geography, not story facts. */
export const placeSchema = z
  .strictObject({
    id: slug.describe("Id of the place; unique."),
    name: localizedText(32).describe('The place\'s name in each language: `{ en: "Darién Gap" }`.'),
    kind: z
      .enum(["country", "place", "waterway", "sea"])
      .describe(
        "What it is: a country, a place within one (the Darién Gap), a waterway (the Panama Canal), or a sea the map names for orientation (the Caribbean Sea): a sea is reference geography, not a place of the story, and has no mentions.",
      ),
    position: z
      .strictObject({
        lat: z
          .number()
          .min(-90, "must be between -90 and 90")
          .max(90, "must be between -90 and 90")
          .describe("Latitude in degrees, north positive."),
        lon: z
          .number()
          .min(-180, "must be between -180 and 180")
          .max(180, "must be between -180 and 180")
          .describe("Longitude in degrees, east positive."),
      })
      .describe(
        "Where the marker goes, in degrees (WGS 84, as in Natural Earth): a point inside a country's outline, or the place itself. Reference geography, not a fact of the story: written on one line as `position: { lat, lon }`, it is one of the fields the fidelity check leaves to the explainer, like `order`.",
      ),
    mentions: z
      .array(z.strictObject({ section: sectionRef, passage: passageRef }))
      .default([])
      .describe(
        "The passages that mention the place, in story order; a marker links to the first one (or to the one on its page). At least one for every kind but a sea, none for a sea.",
      ),
    host: z.literal(true).optional().describe("True for the country that hosted the conference; the map highlights it."),
  })
  .superRefine((place, ctx) => {
    if (place.kind === "sea" && place.mentions.length > 0) {
      ctx.addIssue({ code: "custom", path: ["mentions"], message: "a sea is named for orientation only: it has no mentions" });
    } else if (place.kind !== "sea" && place.mentions.length === 0) {
      ctx.addIssue({ code: "custom", path: ["mentions"], message: "must name at least one passage that mentions the place" });
    }
  });

export type PlaceData = z.output<typeof placeSchema>;
