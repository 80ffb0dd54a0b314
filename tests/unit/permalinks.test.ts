import { expect, test } from "vitest";
import { absoluteUrl, partPath } from "../../src/lib/permalinks";
import { figureParts } from "../../src/lib/figures";

test.each([
  ["borders", "/borders/"],
  ["introduction", "/"],
])("partPath(%s) = %s", (id, path) => {
  expect(partPath(id)).toBe(path);
});

test.each([
  ["/borders/#x", "https://example.org", "https://example.org/borders/#x"],
  ["/", "https://example.org/", "https://example.org/"],
  ["/china/", new URL("https://news.example/"), "https://news.example/china/"],
])("absoluteUrl(%s, %s)", (path, site, expected) => {
  expect(absoluteUrl(path, site)).toBe(expected);
});

test.each([
  ["90%", { number: "90%" }],
  ["90\u00a0%", { number: "90\u00a0%" }],
  ["More than 25%", { qualifier: "More than", number: "25%" }],
  ["Más del 25\u00a0%", { qualifier: "Más del", number: "25\u00a0%" }],
  ["  Over 1,200 ", { qualifier: "Over", number: "1,200" }],
  ["Hundreds", { number: "Hundreds" }],
  ["", { number: "" }],
])("figureParts(%j): the words before the first digit qualify the number", (value, parts) => {
  expect(figureParts(value)).toEqual(parts);
});

test.each([
  [5, 5],
  [8, 8],
  [9, null],
  [1000, null],
])("sectionsForNav with %i sections names %s", async (count, named) => {
  const { sectionsForNav } = await import("../../src/lib/site");
  const result = sectionsForNav(Array.from({ length: count }, (_, i) => i));
  expect(result === null ? null : result.length).toBe(named);
});

test.each([
  [1, "en", "one"],
  [5, "en", "five"],
  [10, "en", "ten"],
  [11, "en", "11"],
  [1000, "en", "1000"],
  [5, "es", "cinco"],
  [11, "es", "11"],
] as const)("numberWord(%i, %s) = %s", async (n, locale, word) => {
  const { numberWord } = await import("../../src/i18n");
  expect(numberWord(n, locale)).toBe(word);
});

test.each([
  [undefined, undefined],
  ["", undefined],
  ["https://example.org/issues", "https://example.org/issues"],
])("correctionsUrl(%s) = %s", async (value, url) => {
  const { correctionsUrl } = await import("../../src/lib/site");
  expect(correctionsUrl(value)).toBe(url);
});

test.each([["http://example.org/issues"], ["not a url"], ["mailto:desk@example.org"]])(
  "correctionsUrl refuses %s and names the variable",
  async (value) => {
    const { correctionsUrl } = await import("../../src/lib/site");
    expect(() => correctionsUrl(value)).toThrow(/^CORRECTIONS_URL: /);
  },
);

test("heading ids lose their accents, so a shared link to one stays readable", async () => {
  const { headingId } = await import("../../src/lib/permalinks");
  expect(headingId("lo-que-pidió-washington")).toBe("lo-que-pidio-washington");
  expect(headingId("una-caída-del-90-y-la-señal")).toBe("una-caida-del-90-y-la-senal");
  expect(headingId("what-washington-asked-for")).toBe("what-washington-asked-for");
});

test.each([
  [[2, 2], 0],
  [[2, 3, 2, 3], 0],
  [[2, 2, 2], 3],
  [[2, 3, 2, 3, 2], 3],
])("tableOfContents of headings at depths %j has %i entries", async (depths, entries) => {
  const { tableOfContents } = await import("../../src/lib/site");
  const headings = depths.map((depth, i) => ({ depth, slug: `h${i}`, text: `H${i}` }));
  const contents = tableOfContents(headings);
  expect(contents).toHaveLength(entries);
  expect(contents.every((h) => h.depth === 2)).toBe(true);
});
