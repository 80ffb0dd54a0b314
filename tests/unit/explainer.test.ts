import { describe, expect, test } from "vitest";
import { ContentProblems } from "../../src/lib/content-error";
import { buildExplainer, type ExplainerInput } from "../../src/lib/explainer";
import { input, INTRODUCTION_BODY, place, recordOf } from "./explainer-input";

function problemsOf(mutate: (i: ExplainerInput) => void): string[] {
  const data = input();
  mutate(data);
  try {
    buildExplainer(data);
  } catch (error) {
    if (error instanceof ContentProblems) return error.problems.map((p) => p.message);
    throw error;
  }
  return [];
}

describe("buildExplainer on good content", () => {
  const explainer = buildExplainer(input());

  test("orders sections by their order field and numbers them", () => {
    expect(explainer.sections.map((s) => [s.id, s.number])).toEqual([
      ["borders", 1],
      ["cartels", 2],
    ]);
  });

  test("links previous and next", () => {
    expect(explainer.sections[0]!.previous).toBeUndefined();
    expect(explainer.sections[0]!.next?.path).toBe("/cartels/");
    expect(explainer.sections[1]!.previous?.path).toBe("/borders/");
    expect(explainer.sections[1]!.next).toBeUndefined();
  });

  test("gives each section its own figures and events", () => {
    expect(explainer.sections[0]!.figures.map((f) => f.href)).toEqual(["/borders/#darien-gap"]);
    expect(explainer.sections[1]!.events.map((e) => e.id)).toEqual(["next"]);
    expect(explainer.introduction.figures.map((f) => f.href)).toEqual(["/#the-gathering"]);
  });

  test("gives figures and events permalinks on their own section's page", () => {
    expect(explainer.figures.map((f) => f.permalink)).toEqual(["/#figure-conference-date", "/borders/#figure-darien-crossings"]);
    expect(explainer.events.map((e) => e.permalink)).toEqual([
      "/borders/#event-drop",
      "/#event-convenes",
      "/cartels/#event-next",
    ]);
  });

  test("lists figures in story order: the overview first, then by section order", () => {
    expect(explainer.figures.map((f) => f.id)).toEqual(["conference-date", "darien-crossings"]);
  });

  test("sorts the timeline and links events to their passage or section", () => {
    expect(explainer.events.map((e) => [e.id, e.href, e.datetime])).toEqual([
      ["drop", "/borders/#darien-gap", "2023"],
      ["convenes", "/#the-gathering", "2025-04-09"],
      ["next", "/cartels/", undefined],
    ]);
    expect(explainer.events.filter((e) => e.pivot).map((e) => e.id)).toEqual(["convenes"]);
  });
});

describe("provenance: dates, corrections, questions and glossary", () => {
  const explainer = buildExplainer(input());
  const [borders, cartels] = explainer.sections;

  test("a part's modified date is its latest log entry, or a site-wide one", () => {
    expect(borders!.published).toBe("2026-11-25");
    expect(borders!.modified).toBe("2026-11-26");
    expect(cartels!.modified).toBe("2026-11-25");
    expect(explainer.modified).toBe("2026-11-26");
  });

  test("each part lists its own entries, newest first; the whole log keeps site-wide ones", () => {
    expect(borders!.corrections.map((c) => c.id)).toEqual(["fix", "old"]);
    expect(cartels!.corrections).toEqual([]);
    expect(explainer.corrections.map((c) => [c.id, c.href, c.permalink])).toEqual([
      ["fix", "/borders/#darien-gap", "/about/#correction-fix"],
      ["old", "/borders/", "/about/#correction-old"],
      ["site", undefined, "/about/#correction-site"],
    ]);
  });

  test("open questions belong to their part; glossary entries link to their passage", () => {
    expect(borders!.questions.map((q) => q.href)).toEqual(["/borders/#darien-gap"]);
    expect(explainer.glossary.map((g) => [g.permalink, g.href])).toEqual([["/glossary/#centsec", "/#the-gathering"]]);
  });

  test("dateModified in JSON-LD follows the log, not the frontmatter", async () => {
    const { sectionMeta } = await import("../../src/lib/meta");
    const site = new URL("https://example.org");
    expect(sectionMeta(cartels!, explainer, site).jsonLd[0]).toMatchObject({ dateModified: "2026-11-25" });
    expect(sectionMeta(borders!, explainer, site).jsonLd[0]).toMatchObject({ dateModified: "2026-11-26" });
  });
});

describe("buildExplainer's places", () => {
  test("resolve every mention to a link and the title of its part", () => {
    const data = input();
    data.places = [place("darien-gap", { section: "borders", passage: "darien-gap" }, true)];
    const [gap] = buildExplainer(data).places;
    expect(gap).toMatchObject({ id: "darien-gap", host: true, lon: -78, lat: 8 });
    expect(gap!.mentions).toEqual([
      {
        section: "borders",
        passage: "darien-gap",
        href: "/borders/#darien-gap",
        sectionTitle: "borders title",
        sectionNavTitle: "borders",
      },
    ]);
  });
});

describe("buildExplainer refuses broken references, naming file and field", () => {
  test.each<[string, (i: ExplainerInput) => void, RegExp]>([
    [
      "a figure naming a missing section",
      (i) => (i.figures[0]!.data.section = "bordrs"),
      /^content\/figures\.yaml \(figure "darien-crossings", field "section"\): no section "bordrs"/,
    ],
    [
      "a figure naming a missing passage",
      (i) => (i.figures[0]!.data.passage = "darien"),
      /^content\/figures\.yaml \(figure "darien-crossings", field "passage"\): content\/sections\/borders\.mdx has no <Passage id="darien">/,
    ],
    [
      "a place naming a missing passage",
      (i) => (i.places = [place("darien-gap", { section: "borders", passage: "darien" })]),
      /^content\/places\.yaml \(place "darien-gap", mentions\[0\], field "passage"\): content\/sections\/borders\.mdx has no <Passage id="darien">/,
    ],
    [
      "a place naming a missing part",
      (i) => (i.places = [place("darien-gap", { section: "bordres", passage: "darien-gap" })]),
      /^content\/places\.yaml \(place "darien-gap", mentions\[0\], field "section"\): no section "bordres"/,
    ],
    [
      "two hosts",
      (i) =>
        (i.places = [
          place("panama", { section: "borders", passage: "darien-gap" }, true),
          place("mexico", { section: "borders", passage: "darien-gap" }, true),
        ]),
      /^content\/places\.yaml \(place "mexico", field "host"\): only one place can be the host; "panama" already is/,
    ],
    [
      "an event naming a missing section",
      (i) => (i.events[1]!.data.section = "nowhere"),
      /^content\/timeline\.yaml \(event "drop", field "section"\): no section "nowhere"/,
    ],
    [
      "an era following a missing event",
      (i) => (i.events[2]!.data.when = { era: "Later", after: "ghost" }),
      /^content\/timeline\.yaml \(event "next", field "when\.after"\): "after" names "ghost"/,
    ],
    [
      "two sections with the same order",
      (i) => (i.sections[0]!.data.order = 1),
      /^content\/sections\/borders\.mdx \(field "order"\): 1 is already the order of content\/sections\/cartels\.mdx/,
    ],
    [
      "a passage id used twice in a file",
      (i) => (i.sections[1]!.record = recordOf('<Passage id="darien-gap">x</Passage><Passage id="darien-gap">y</Passage>')),
      /^content\/sections\/borders\.mdx \(<Passage id="darien-gap">\): the id is used twice/,
    ],
    [
      "a heading whose id is a passage id",
      (i) => i.sections[1]!.headings.push({ depth: 2, slug: "darien-gap", text: "Darien gap" }),
      /^content\/sections\/borders\.mdx \(<Passage id="darien-gap">\): its id "darien-gap" is also the id of heading "Darien gap"/,
    ],
    ["a section file with a reserved name", (i) => (i.sections[0]!.id = "summary"), /\(file name\): "summary" is reserved/],
    [
      "a log entry naming a missing part",
      (i) => (i.corrections![0]!.data.part = "bordrs"),
      /^content\/corrections\.yaml \(entry "old", field "part"\): no section "bordrs"/,
    ],
    [
      "a log entry naming a missing passage",
      (i) => (i.corrections![1]!.data.passage = "darien"),
      /^content\/corrections\.yaml \(entry "fix", field "passage"\): content\/sections\/borders\.mdx has no <Passage id="darien">/,
    ],
    [
      "a log entry with a passage but no part",
      (i) => (i.corrections![2]!.data.passage = "darien-gap"),
      /\(entry "site", field "passage"\): a passage needs the part/,
    ],
    [
      "a log entry before its part was published",
      (i) => (i.corrections![0]!.data.published = "2026-11-01"),
      /\(entry "old", field "published"\): 2026-11-01 is before borders was published/,
    ],
    [
      "a part updated before its latest log entry",
      (i) => (i.sections[1]!.data.updated = "2026-11-25"),
      /^content\/sections\/borders\.mdx \(field "updated"\): 2026-11-25 is before the log entry "fix"/,
    ],
    [
      "a question naming a missing part",
      (i) => (i.questions![0]!.data.part = "nowhere"),
      /^content\/questions\.yaml \(question "who", field "part"\): no section "nowhere"/,
    ],
    [
      "a glossary entry naming a missing passage",
      (i) => (i.glossary![0]!.data.passage = "gathering"),
      /^content\/glossary\.yaml \(entry "centsec", field "passage"\): content\/introduction\.mdx has no <Passage id="gathering">/,
    ],
    [
      "a <Term> with no glossary entry",
      (i) => (i.sections[0]!.record = recordOf('<Passage id="uruguay-homicides">x</Passage><Term id="cartel">cartels</Term>')),
      /^content\/sections\/cartels\.mdx \(<Term id="cartel">\): no entry "cartel" in glossary\.yaml/,
    ],
    [
      "a glossary entry no page links to",
      (i) => (i.introduction.record = recordOf(INTRODUCTION_BODY.replace('<Term id="centsec">CENTSEC</Term>', "CENTSEC"))),
      /^content\/glossary\.yaml \(entry "centsec"\): no page links to it/,
    ],
    [
      "two pivot events",
      (i) => (i.events[1]!.data.pivot = true),
      /\(event "drop", field "pivot"\): only one event can be the pivot/,
    ],
    [
      "an About page component in a part",
      (i) => (i.sections[0]!.record = recordOf('<Passage id="uruguay-homicides">Since <SiteDate of="published" />.</Passage>')),
      /^content\/sections\/cartels\.mdx \(<SiteDate>\): fills in a value of the about page: it belongs in content\/about\.mdx only/,
    ],
    [
      "an About page term with no glossary entry",
      (i) => (i.about.record = recordOf('See <Term id="nowhere">it</Term>.')),
      /^content\/about\.mdx \(<Term id="nowhere">\): no entry "nowhere" in glossary\.yaml/,
    ],
  ])("%s", (_name, mutate, message) => {
    const problems = problemsOf(mutate);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(new RegExp(message.source, "m"));
  });

  test("reports every problem at once", () => {
    const problems = problemsOf((i) => {
      i.figures[0]!.data.section = "bordrs";
      i.events[1]!.data.section = "nowhere";
    });
    expect(problems).toHaveLength(2);
  });
});

describe("page metadata", () => {
  test("only the 404 page is kept out of search indexes", async () => {
    const { homeMeta, notFoundMeta, sectionMeta, summaryMeta } = await import("../../src/lib/meta");
    const explainer = buildExplainer(input());
    const site = new URL("https://example.org");
    expect(notFoundMeta().noindex).toBe(true);
    expect(homeMeta(explainer, site).noindex).toBeFalsy();
    expect(summaryMeta(explainer, site).noindex).toBeFalsy();
    expect(sectionMeta(explainer.sections[0]!, explainer, site).noindex).toBeFalsy();
  });

  test("the one 404 page, which answers every address, is titled in both languages", async () => {
    const { notFoundMeta } = await import("../../src/lib/meta");
    const { ui } = await import("../../src/i18n");
    for (const locale of ["en", "es"] as const) expect(notFoundMeta().title).toContain(ui(locale).metaNotFoundTitle);
  });

  test("each section's NewsArticle and the conference Event come from the content", async () => {
    const { sectionMeta } = await import("../../src/lib/meta");
    const explainer = buildExplainer(input());
    const meta = sectionMeta(explainer.sections[0]!, explainer, new URL("https://example.org"));
    expect(meta.jsonLd[0]).toMatchObject({
      "@type": "NewsArticle",
      headline: "borders title",
      url: "https://example.org/borders/",
      datePublished: "2026-11-25",
    });
    expect(meta.jsonLd[1]).toMatchObject({
      "@type": "Event",
      name: "Conference (C)",
      startDate: "2025-04-09",
      location: { name: "Panama" },
    });
  });
});
