import { describe, expect, test } from "vitest";
import { eventSchema, figureSchema, httpsUrl, introductionSchema, placeSchema, sectionSchema } from "../../src/lib/schemas";

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
    };
    expect(introductionSchema.safeParse(intro).success).toBe(true);
    expect(introductionSchema.safeParse({ ...intro, conference: { name: "x" } }).success).toBe(false);
    expect(introductionSchema.safeParse({ ...intro, order: 1 }).success).toBe(false);
  });
});

describe("figureSchema", () => {
  const good = { id: "darien-crossings", value: "90%", label: "drop in crossings", section: "borders", passage: "darien-gap" };
  test("accepts a figure", () => expect(figureSchema.safeParse(good).success).toBe(true));
  test.each<[string, Record<string, unknown>, RegExp]>([
    ["an id with capitals", { ...good, id: "Darien" }, /^id: must be lowercase/],
    ["a missing passage", { ...good, passage: undefined }, /^passage:/],
    ["an empty value", { ...good, value: "" }, /^value: must not be empty/],
    [
      "an unknown key",
      { ...good, source: "https://example.org" },
      /^source: is not a field of a key figure; the fields are: id, value, label, section, passage$/,
    ],
  ])("refuses %s", (_name, data, message) => {
    const result = figureSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(issuesOf(result).join("\n")).toMatch(message);
  });
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

describe("httpsUrl", () => {
  test.each([
    ["https://example.org/x", true],
    ["http://example.org/x", false],
    ["javascript:alert(1)", false],
    ["data:text/html,hi", false],
    ["not a url", false],
  ])("%s -> %s", (value, ok) => {
    expect(httpsUrl.safeParse(value).success).toBe(ok);
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
    ["a mention without a passage", { ...good, mentions: [{ section: "borders" }] }, /^mentions\.0\.passage:/],
    ["an unknown key", { ...good, country: "PA" }, /country|Unrecognized key/i],
    ["host: false (write nothing instead)", { ...good, host: false }, /^host:/],
  ])("refuses %s", (_name, data, message) => {
    const result = placeSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(issuesOf(result).join("\n")).toMatch(message);
  });
});
