import { describe, expect, test } from "vitest";
import type { ContentError } from "../../src/lib/content-error";
import {
  chronologyProblems,
  logProblems,
  onlyOneProblems,
  pageIdProblems,
  pageOnlyProblems,
  passageProblems,
  referenceProblem,
  sectionProblems,
  termProblems,
  type Part,
} from "../../src/lib/explainer-checks";
import type { CorrectionData, EventData, GlossaryData } from "../../src/lib/schemas";

const part = (id: string, overrides: Partial<Part> = {}): Part => ({
  id,
  file: `content/sections/${id}.mdx`,
  title: `${id} title`,
  navTitle: id,
  order: 1,
  published: "2026-11-25",
  updated: "2026-11-26",
  headings: [],
  passages: ["darien-gap"],
  nested: [],
  terms: [],
  components: [],
  words: 10,
  ...overrides,
});
const parts = (...list: Part[]) => new Map(list.map((p) => [p.id, p]));
const messages = (problems: ContentError[]) => problems.map((p) => p.message);

describe("passageProblems", () => {
  test.each<[string, Partial<Part>, string[]]>([
    ["distinct slugs", { passages: ["a", "b-2"] }, []],
    [
      "an id used twice",
      { passages: ["a", "a"] },
      ['content/sections/x.mdx (<Passage id="a">): the id is used twice in this file'],
    ],
    [
      "an id that is not a slug",
      { passages: ["Darien"] },
      ['content/sections/x.mdx (<Passage id="Darien">): the id must be lowercase letters, digits and single hyphens'],
    ],
    [
      "a passage inside another",
      { passages: ["outer", "inner"], nested: [["inner", "outer"]] },
      [
        'content/sections/x.mdx (<Passage id="inner">): it is inside <Passage id="outer">; a passage cannot hold another: point at "outer" instead',
      ],
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(messages(passageProblems(part("x", overrides)))).toEqual(expected);
  });
});

describe("sectionProblems", () => {
  const section = (id: string, order: number) => ({ id, file: `content/sections/${id}.mdx`, data: { order } });
  test.each<[string, ReturnType<typeof section>[], string[]]>([
    ["distinct names and orders", [section("a", 1), section("b", 2)], []],
    [
      "two sections at one place in the story",
      [section("a", 1), section("b", 1)],
      ['content/sections/b.mdx (field "order"): 1 is already the order of content/sections/a.mdx'],
    ],
    [
      "a file named like another page",
      [section("glossary", 1)],
      ['content/sections/glossary.mdx (file name): "glossary" is reserved for another page; rename the file'],
    ],
    [
      "a file named like the introduction",
      [section("introduction", 1)],
      ['content/sections/introduction.mdx (file name): "introduction" is reserved for another page; rename the file'],
    ],
  ])("%s", (_name, sections, expected) => {
    expect(messages(sectionProblems(sections))).toEqual(expected);
  });
});

describe("referenceProblem", () => {
  const known = parts(part("borders"), part("cartels", { passages: [] }));
  test.each<[string, { section: string; passage: string | undefined; at?: string }, string | undefined]>([
    ["a part and its passage", { section: "borders", passage: "darien-gap" }, undefined],
    ["a part alone", { section: "cartels", passage: undefined }, undefined],
    [
      "a missing part",
      { section: "bordrs", passage: undefined },
      'content/x.yaml (figure "f", field "section"): no section "bordrs" (known: borders, cartels)',
    ],
    [
      "a missing passage",
      { section: "borders", passage: "darien" },
      'content/x.yaml (figure "f", field "passage"): content/sections/borders.mdx has no <Passage id="darien"> (its passages: darien-gap)',
    ],
    [
      "a passage of a part without any",
      { section: "cartels", passage: "x" },
      'content/x.yaml (figure "f", field "passage"): content/sections/cartels.mdx has no <Passage id="x"> (its passages: none)',
    ],
  ])("%s", (_name, ref, expected) => {
    expect(referenceProblem("content/x.yaml", 'figure "f"', { field: "section", ...ref }, known)?.message).toBe(expected);
  });
});

describe("onlyOneProblems", () => {
  const claimant = (id: string) => ({ file: "content/timeline.yaml", data: { id } });
  test.each<[string, string[], string[]]>([
    ["none", [], []],
    ["one", ["a"], []],
    [
      "three",
      ["a", "b", "c"],
      [
        'content/timeline.yaml (event "b", field "pivot"): only one event can be the pivot; "a" already is',
        'content/timeline.yaml (event "c", field "pivot"): only one event can be the pivot; "a" already is',
      ],
    ],
  ])("%s", (_name, ids, expected) => {
    expect(messages(onlyOneProblems(ids.map(claimant), "event", "pivot"))).toEqual(expected);
  });
});

describe("logProblems", () => {
  const known = parts(part("borders", { published: "2026-11-20", updated: "2026-11-26" }));
  const entry = (data: Partial<CorrectionData>) => [
    {
      file: "content/corrections.yaml",
      data: { id: "e", published: "2026-11-25", kind: "update" as const, text: "t", ...data },
    },
  ];
  test.each<[string, Partial<CorrectionData>, string[]]>([
    ["about the whole site", {}, []],
    ["about a part, between its publication and its update", { part: "borders" }, []],
    [
      "a passage without its part",
      { passage: "darien-gap" },
      ['content/corrections.yaml (entry "e", field "passage"): a passage needs the part it is in (field "part")'],
    ],
    [
      "before the part was published",
      { part: "borders", published: "2026-11-01" },
      ['content/corrections.yaml (entry "e", field "published"): 2026-11-01 is before borders was published (2026-11-20)'],
    ],
    [
      "after the part's last update",
      { part: "borders", published: "2026-11-30" },
      [
        'content/sections/borders.mdx (field "updated"): 2026-11-26 is before the log entry "e" of 2026-11-30 in content/corrections.yaml; set it to 2026-11-30 or later',
      ],
    ],
    ["about a missing part (the reference check names it)", { part: "nowhere" }, []],
  ])("%s", (_name, data, expected) => {
    expect(messages(logProblems(entry(data), known))).toEqual(expected);
  });
});

describe("termProblems", () => {
  const glossary = (...ids: string[]) =>
    ids.map((id) => ({
      file: "content/glossary.yaml",
      data: { id, term: id, part: "borders", says: "s" } satisfies GlossaryData,
    }));
  test.each<[string, string[], ReturnType<typeof glossary>, string[]]>([
    ["each term has an entry, each entry a term", ["centsec"], glossary("centsec"), []],
    [
      "a term without an entry",
      ["centsec", "cartel"],
      glossary("centsec"),
      ['content/sections/borders.mdx (<Term id="cartel">): no entry "cartel" in glossary.yaml (known: centsec)'],
    ],
    [
      "a term and no glossary",
      ["cartel"],
      [],
      ['content/sections/borders.mdx (<Term id="cartel">): no entry "cartel" in glossary.yaml (known: the glossary is empty)'],
    ],
    [
      "an entry no page links to",
      [],
      glossary("centsec"),
      ['content/glossary.yaml (entry "centsec"): no page links to it; wrap its first mention in <Term id="centsec">…</Term>'],
    ],
  ])("%s", (_name, terms, entries, expected) => {
    expect(messages(termProblems(parts(part("borders", { terms })), entries))).toEqual(expected);
  });
});

describe("pageOnlyProblems", () => {
  test.each<[string, string[], string[]]>([
    ["a part's own components", ["Passage", "Term"], []],
    [
      "the About page's components in a part",
      ["Passage", "SiteDate", "TrackerLink"],
      [
        "content/sections/borders.mdx (<SiteDate>): fills in a value of the about page: it belongs in content/about.mdx only",
        "content/sections/borders.mdx (<TrackerLink>): fills in a value of the about page: it belongs in content/about.mdx only",
      ],
    ],
  ])("%s", (_name, components, expected) => {
    expect(messages(pageOnlyProblems(part("borders", { components })))).toEqual(expected);
  });
});

describe("chronologyProblems", () => {
  const event = (id: string, when: EventData["when"]) => ({
    file: "content/timeline.yaml",
    data: { id, when, text: "t", section: "borders" } satisfies EventData,
  });
  test.each<[string, ReturnType<typeof event>[], RegExp | undefined]>([
    ["dates and an era after one of them", [event("a", { year: 2023 }), event("b", { era: "Later", after: "a" })], undefined],
    [
      "an era after a missing event",
      [event("b", { era: "Later", after: "ghost" })],
      /^content\/timeline\.yaml \(event "b", field "when\.after"\): "after" names "ghost"/,
    ],
    [
      "a cycle of eras",
      [event("a", { era: "One", after: "b" }), event("b", { era: "Two", after: "a" })],
      /field "when\.after"\): "after" chain never reaches a dated event/,
    ],
  ])("%s", (_name, events, expected) => {
    const found = messages(chronologyProblems(events));
    if (expected) expect(found).toEqual([expect.stringMatching(expected)]);
    else expect(found).toEqual([]);
  });
});

describe("pageIdProblems", () => {
  test.each<[string, Partial<Part>, string[], string[], string[]]>([
    ["distinct ids", { headings: [{ depth: 2, slug: "h", text: "H" }] }, ["f"], ["e"], []],
    [
      "a heading with a passage's id",
      { headings: [{ depth: 2, slug: "darien-gap", text: "The gap" }] },
      [],
      [],
      [
        'content/sections/x.mdx (<Passage id="darien-gap">): its id "darien-gap" is also the id of heading "The gap" on the same page',
      ],
    ],
    [
      "a heading with a figure card's id",
      { headings: [{ depth: 2, slug: "figure-f", text: "Figure f" }] },
      ["f"],
      [],
      ['content/sections/x.mdx (figure "f"): its id "figure-f" is also the id of heading "Figure f" on the same page'],
    ],
    [
      "a passage with an event's id",
      { passages: ["event-e"] },
      [],
      ["e"],
      ['content/sections/x.mdx (event "e"): its id "event-e" is also the id of <Passage id="event-e"> on the same page'],
    ],
  ])("%s", (_name, overrides, figures, events, expected) => {
    expect(messages(pageIdProblems(part("x", overrides), figures, events))).toEqual(expected);
  });
});
