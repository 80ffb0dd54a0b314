/** A small, valid English explainer input for the unit tests of buildExplainer and translateInput. */
import { readMdx } from "../../src/lib/content-gate";
import type { ExplainerInput } from "../../src/lib/explainer";

/** What the loader stores of a body: the content gate's record of it. */
export const recordOf = (body: string) => readMdx(body, { frontmatter: false });

/** The introduction's body in this input. */
export const INTRODUCTION_BODY = '<Passage id="the-gathering">\n\n<Term id="centsec">CENTSEC</Term> met in Panama.\n\n</Passage>';

const dates = { published: "2026-11-25", updated: "2026-11-26" };
export const section = (
  id: string,
  order: number,
  body: string,
  headings: { depth: number; slug: string; text: string }[] = [],
) => ({
  id,
  file: `content/sections/${id}.mdx`,
  record: recordOf(body),
  headings,
  data: { title: `${id} title`, navTitle: id, standfirst: "s", takeaway: "t", order, ...dates },
});

/** The About page's body in this input: a heading with a fixed id, shared by both editions. */
export const ABOUT_BODY = "## The source {#source}\n\nOne report.";

export function input(): ExplainerInput {
  return {
    introduction: {
      id: "introduction",
      file: "content/introduction.mdx",
      record: recordOf(INTRODUCTION_BODY),
      headings: [],
      data: {
        title: "A gathering",
        standfirst: "s",
        takeaway: "t",
        conference: { name: "Conference", shortName: "C", place: "Panama" },
        source: {
          kind: "news-report",
          name: "A report",
          description: "A single report.",
          line: "Based on a single report.",
          siteLine: "Every fact comes from a single report.",
          writtenNotBefore: "2025-04-09",
        },
        ...dates,
      },
    },
    sections: [
      section("cartels", 2, '<Passage id="uruguay-homicides">x</Passage>'),
      section("borders", 1, '<Passage id="darien-gap">x</Passage>', [{ depth: 2, slug: "darien-gap-heading", text: "The gap" }]),
    ],
    figures: [
      {
        file: "content/figures.yaml",
        data: {
          id: "darien-crossings",
          kind: "percentage",
          value: "90%",
          label: "drop",
          section: "borders",
          passage: "darien-gap",
        },
      },
      {
        file: "content/figures.yaml",
        data: {
          id: "conference-date",
          kind: "count",
          value: "Hundreds",
          label: "in Panama",
          section: "introduction",
          passage: "the-gathering",
        },
      },
    ],
    events: [
      {
        file: "content/timeline.yaml",
        data: {
          id: "convenes",
          when: { date: "2025-04-09" },
          text: "It met.",
          section: "introduction",
          passage: "the-gathering",
          pivot: true,
        },
      },
      {
        file: "content/timeline.yaml",
        data: { id: "drop", when: { year: 2023 }, text: "Crossings fall.", section: "borders", passage: "darien-gap" },
      },
      {
        file: "content/timeline.yaml",
        data: { id: "next", when: { era: "After the conference", after: "convenes" }, text: "Next.", section: "cartels" },
      },
    ],
    corrections: [
      {
        file: "content/corrections.yaml",
        data: { id: "old", published: "2026-11-25", kind: "clarification", part: "borders", text: "Clearer." },
      },
      {
        file: "content/corrections.yaml",
        data: { id: "fix", published: "2026-11-26", kind: "correction", part: "borders", passage: "darien-gap", text: "Fixed." },
      },
      { file: "content/corrections.yaml", data: { id: "site", published: "2026-11-25", kind: "update", text: "Pass." } },
    ],
    questions: [{ file: "content/questions.yaml", data: { id: "who", part: "borders", passage: "darien-gap", text: "Who?" } }],
    glossary: [
      {
        file: "content/glossary.yaml",
        data: { id: "centsec", term: "CENTSEC", part: "introduction", passage: "the-gathering", says: "The conference." },
      },
    ],
    places: [],
    texts: [],
    about: {
      id: "about",
      file: "content/about.mdx",
      record: recordOf(ABOUT_BODY),
      headings: [{ depth: 2, slug: "source", text: "The source" }],
      data: { standfirst: "Where the facts come from." },
    },
  };
}

/** A place of the map with one mention, named in English only. */
export function place(id: string, mention: { section: string; passage: string }, host?: true) {
  return {
    file: "content/places.yaml",
    data: {
      id,
      name: { en: id },
      kind: "place" as const,
      position: { lat: 8, lon: -78 },
      mentions: [mention],
      ...(host ? { host } : {}),
    },
  };
}
