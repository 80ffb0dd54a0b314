import { describe, expect, test } from "vitest";
import {
  correctionSchema,
  eventSchema,
  figureSchema,
  glossarySchema,
  placeSchema,
  introductionSchema,
  isDate,
  questionSchema,
  sectionSchema,
} from "../../src/lib/schemas";

const goodSection = {
  title: "Borders under pressure",
  navTitle: "Borders",
  standfirst: "Why border control topped the agenda.",
  takeaway: "The U.S. pushed for tighter controls.",
  order: 1,
  published: "2026-11-25",
  updated: "2026-11-25",
};

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("sectionSchema", () => {
  test("accepts a complete section", () => {
    expect(sectionSchema.safeParse(goodSection).success).toBe(true);
  });

  test("names an unknown field and a missing one in the same pass", () => {
    const issues = issuesOf(sectionSchema.safeParse({ ...goodSection, title: undefined, author: "x" }));
    expect(issues).toEqual([
      expect.stringMatching(/^title: /),
      expect.stringMatching(/^author: is not a field of a section; the fields are: title, standfirst, takeaway/),
    ]);
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ["an unknown key", { ...goodSection, titel: "x" }, /^titel: is not a field of a section; the fields are: title, standfirst/],
    ["an empty takeaway", { ...goodSection, takeaway: "   " }, /^takeaway: must not be empty/],
    ["a missing title", { ...goodSection, title: undefined }, /^title:/],
    [
      "an impossible date",
      { ...goodSection, published: "2025-02-30", updated: "2025-03-01" },
      /^published: "2025-02-30" is not a day/,
    ],
    ["a malformed date", { ...goodSection, updated: "25 Nov 2026" }, /^updated: must be a date written "YYYY-MM-DD"/],
    ["an unquoted YAML date", { ...goodSection, published: new Date("2026-11-25") }, /^published: write the date in quotes/],
    ["updated before published", { ...goodSection, updated: "2026-11-24" }, /^updated: 2026-11-24 is before published/],
    ["a fractional order", { ...goodSection, order: 1.5 }, /^order: must be a whole number/],
    ["a zero order", { ...goodSection, order: 0 }, /^order: must be 1 or more/],
    ["a long navTitle", { ...goodSection, navTitle: "A navigation title far too long" }, /^navTitle: must be at most 20/],
  ])("refuses %s", (_name, data, message) => {
    const result = sectionSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(issuesOf(result).join("\n")).toMatch(message);
  });
});

describe("introductionSchema", () => {
  test("has no order or navTitle", () => {
    const { order: _o, navTitle: _n, ...rest } = goodSection;
    const intro = {
      ...rest,
      conference: { name: "Central American Security Conference", shortName: "CENTSEC", place: "Panama" },
      source: {
        kind: "news-report",
        name: "A news report",
        description: "A single news report of the conference.",
        line: "Based on a single news report.",
        siteLine: "Every fact comes from a single news report.",
        writtenNotBefore: "2025-04-09",
      },
    };
    expect(introductionSchema.safeParse(intro).success).toBe(true);
    expect(introductionSchema.safeParse({ ...intro, conference: { name: "x" } }).success).toBe(false);
    expect(introductionSchema.safeParse({ ...intro, order: 1 }).success).toBe(false);
  });

  test("names its one source, typed, with no address and no guessed date", () => {
    const { source: _s, ...withoutSource } = { ...goodSection, conference: { name: "C", shortName: "C", place: "P" }, source: 0 };
    const { order: _o, navTitle: _n, ...intro } = withoutSource;
    const source = {
      kind: "news-report",
      name: "A news report",
      description: "A single news report of the conference.",
      line: "Based on a single news report.",
      siteLine: "Every fact comes from a single news report.",
      writtenNotBefore: "2025-04-09",
    };
    const parse = (s: unknown) => introductionSchema.safeParse({ ...intro, source: s });
    expect(parse(source).success).toBe(true);
    expect(parse({ ...source, publishedOn: "2025-04-10" }).success).toBe(true);
    expect(introductionSchema.safeParse(intro).success).toBe(false);
    expect(parse({ ...source, url: "https://example.org/report" }).success).toBe(false);
    expect(parse({ ...source, kind: "official-record" }).success).toBe(false);
    expect(parse({ ...source, publishedOn: "unknown" }).success).toBe(false);
    expect(parse({ ...source, line: "" }).success).toBe(false);
    const { siteLine: _l, ...withoutSiteLine } = source;
    expect(parse(withoutSiteLine).success, "the About and Glossary pages need a line of their own").toBe(false);
  });
});

describe("figureSchema", () => {
  const good = {
    id: "darien-crossings",
    kind: "percentage",
    value: "90%",
    label: "drop in crossings",
    section: "borders",
    passage: "darien-gap",
  };
  test.each([
    ["percentage", "Over 25%"],
    ["amount", "Billions"],
    ["count", "Hundreds"],
    ["rank", "Top trading partner"],
  ])("accepts a %s (%s)", (kind, value) => expect(figureSchema.safeParse({ ...good, kind, value }).success).toBe(true));
  test.each<[string, Record<string, unknown>, RegExp]>([
    ["an id with capitals", { ...good, id: "Darien" }, /^id: must be lowercase/],
    ["a missing passage", { ...good, passage: undefined }, /^passage:/],
    ["an empty value", { ...good, value: "" }, /^value: must not be empty/],
    [
      "an unknown key",
      { ...good, source: "https://example.org" },
      /^source: is not a field of a key figure; the fields are: id, kind, value, label, section, passage$/,
    ],
    ["a missing kind", { ...good, kind: undefined }, /^kind:/],
    ["an unknown kind", { ...good, kind: "date" }, /^kind:/],
    ["a percentage without %", { ...good, value: "Ninety" }, /^value: a percentage must contain a number with %/],
    ["a % typed as a rank", { ...good, kind: "rank" }, /^kind: "90%" is a percentage/],
    ["a date", { ...good, kind: "count", value: "9 April 2025" }, /^value: "9 April 2025" is a date/],
    ["a year", { ...good, kind: "count", value: "2023" }, /is a date/],
  ])("refuses %s", (_name, data, message) => {
    const result = figureSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(issuesOf(result).join("\n")).toMatch(message);
  });
});

describe("isDate: a figure's value that is a date belongs in the timeline", () => {
  test.each([
    "2023",
    " 2023 ",
    "in 2023",
    "Since 2023",
    "desde 2023",
    "1999",
    "9 April 2025",
    "April",
    "May 2025",
    "9 de abril de 2025",
    "Abril",
    "septiembre",
    "setiembre de 2024",
    "2025-04-09",
    "2025-04",
  ])("%j is a date", (value) => expect(isDate(value)).toBe(true));
  test.each([
    "1500",
    "1000%",
    "1000\u00a0%",
    "2023 km",
    "2023%",
    "Over 2023 troops",
    "1,500",
    "90%",
    "Hundreds",
    "Billions",
    "Miles de millones",
    "Top trading partner",
    "may rise",
    "1750",
    "12345",
    "2025-13",
  ])("%j is not a date", (value) => expect(isDate(value)).toBe(false));
  test.each([
    ["count", "1500"],
    ["percentage", "1000%"],
  ])("figureSchema accepts a %s of %s", (kind, value) =>
    expect(
      figureSchema.safeParse({ id: "big", kind, value, label: "of something", section: "borders", passage: "darien-gap" })
        .success,
    ).toBe(true),
  );
});

describe("eventSchema", () => {
  const good = { id: "drop", when: { year: 2023 }, text: "Crossings start to fall.", section: "borders" };
  test.each([
    { date: "2025-04-09" },
    { month: "2025-04" },
    { year: 2023 },
    { decade: 1950 },
    { era: "The Cold War", after: "ties" },
  ])("accepts when = %j", (when) => expect(eventSchema.safeParse({ ...good, when }).success).toBe(true));
  test.each([
    [{ date: "2025-02-30" }],
    [{ date: "2025-4-9" }],
    [{ month: "2025-13" }],
    [{ decade: 1955 }],
    [{ year: 2023.5 }],
    [{ era: "The Cold War" }],
    [{ year: 2023, decade: 2020 }],
    [{}],
  ])("refuses when = %j", (when) => {
    const result = eventSchema.safeParse({ ...good, when });
    expect(result.success).toBe(false);
    expect(issuesOf(result).join("\n")).toMatch(/^when/);
  });
});

describe("correctionSchema", () => {
  const good = { id: "fix", published: "2026-11-26", kind: "correction", part: "borders", text: "We said x; the report says y." };
  test("accepts an entry, with or without a part", () => {
    expect(correctionSchema.safeParse(good).success).toBe(true);
    expect(correctionSchema.safeParse({ ...good, part: undefined, kind: "update" }).success).toBe(true);
  });
  test.each<[string, Record<string, unknown>, RegExp]>([
    ["an unknown kind", { ...good, kind: "erratum" }, /^kind:/],
    ["an impossible date", { ...good, published: "2026-02-30" }, /^published: "2026-02-30" is not a day/],
    ["an unquoted date", { ...good, published: new Date("2026-11-26") }, /^published: write the date in quotes/],
    ["empty text", { ...good, text: " " }, /^text: must not be empty/],
    ["an unknown key", { ...good, author: "x" }, /^author: is not a field of a log entry/],
  ])("refuses %s", (_name, data, message) => {
    const result = correctionSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(issuesOf(result).join("\n")).toMatch(message);
  });
});

describe("questionSchema", () => {
  const good = { id: "who", part: "borders", text: "Who found it?" };
  test("accepts a question", () => expect(questionSchema.safeParse(good).success).toBe(true));
  test.each<[string, Record<string, unknown>, RegExp]>([
    ["a statement", { ...good, text: "Nobody knows." }, /^text: must be written as a question/],
    ["a missing part", { ...good, part: undefined }, /^part:/],
  ])("refuses %s", (_name, data, message) => {
    const result = questionSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(issuesOf(result).join("\n")).toMatch(message);
  });
});

describe("glossarySchema", () => {
  const good = { id: "darien-gap", term: "Darién Gap", part: "borders", passage: "darien-gap", says: "A crossing in Panama." };
  test("accepts an entry, with or without what the report leaves unexplained", () => {
    expect(glossarySchema.safeParse(good).success).toBe(true);
    expect(glossarySchema.safeParse({ ...good, unexplained: "where it lies." }).success).toBe(true);
  });
  test.each<[string, Record<string, unknown>, RegExp]>([
    ["an empty says", { ...good, says: "" }, /^says: must not be empty/],
    ["an id with spaces", { ...good, id: "darien gap" }, /^id: must be lowercase/],
    ["an unknown key", { ...good, source: "https://example.org" }, /^source: is not a field of a glossary entry/],
  ])("refuses %s", (_name, data, message) => {
    const result = glossarySchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(issuesOf(result).join("\n")).toMatch(message);
  });
});

describe("placeSchema", () => {
  const good = {
    id: "darien-gap",
    name: { en: "Darién Gap" },
    kind: "place",
    position: { lat: 7.9, lon: -77.6 },
    mentions: [{ section: "borders", passage: "darien-gap" }],
  };

  test("accepts a place, and a second language as data alone", () => {
    expect(placeSchema.safeParse(good).success).toBe(true);
    expect(placeSchema.safeParse({ ...good, name: { en: "Darién Gap", es: "Tapón del Darién" } }).success).toBe(true);
    expect(placeSchema.safeParse({ ...good, host: true }).success).toBe(true);
  });

  test("accepts a sea, named for orientation, without mentions", () => {
    const sea = { id: "caribbean-sea", name: { en: "Caribbean Sea" }, kind: "sea", position: { lat: 15, lon: -75 } };
    expect(placeSchema.safeParse(sea).success).toBe(true);
    const result = placeSchema.safeParse({ ...sea, mentions: good.mentions });
    expect(issuesOf(result).join("\n")).toMatch(/^mentions: a sea is named for orientation only/);
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ["a latitude out of range", { ...good, position: { lat: 97.9, lon: -77.6 } }, /^position\.lat: must be between -90 and 90/],
    [
      "a longitude out of range",
      { ...good, position: { lat: 7.9, lon: -277.6 } },
      /^position\.lon: must be between -180 and 180/,
    ],
    ["position as a list", { ...good, position: [-77.6, 7.9] }, /^position:/],
    ["no English name", { ...good, name: { es: "Tapón del Darién" } }, /^name: must have an English \(en\) text/],
    [
      "a malformed language",
      { ...good, name: { en: "Darién Gap", spanish: "Tapón" } },
      /^name(\.spanish)?: .*two-letter language code/,
    ],
    ["an empty name", { ...good, name: { en: " " } }, /^name\.en: must not be empty/],
    ["an unknown kind", { ...good, kind: "city" }, /^kind:/],
    ["no mention", { ...good, mentions: [] }, /^mentions: must name at least one passage/],
    ["no mentions at all", { ...good, mentions: undefined }, /^mentions: must name at least one passage/],
    ["a mention without a passage", { ...good, mentions: [{ section: "borders" }] }, /^mentions\.0\.passage:/],
    ["an unknown key", { ...good, country: "PA" }, /country|Unrecognized key/i],
    ["host: false (write nothing instead)", { ...good, host: false }, /^host:/],
  ])("refuses %s", (_name, data, message) => {
    const result = placeSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(issuesOf(result).join("\n")).toMatch(message);
  });
});
