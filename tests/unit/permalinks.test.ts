import { expect, test } from "vitest";
import { absoluteUrl, eventAnchor, figureAnchor, partPath, passageHref, urlBreakPoints } from "../../src/lib/permalinks";
import { figureScale } from "../../src/lib/figures";

test.each([
  ["borders", "/borders/"],
  ["introduction", "/"],
])("partPath(%s) = %s", (id, path) => {
  expect(partPath(id)).toBe(path);
});

test.each([
  ["borders", "darien-gap", "/borders/#darien-gap"],
  ["introduction", "the-gathering", "/#the-gathering"],
])("passageHref(%s, %s) = %s", (section, passage, href) => {
  expect(passageHref(section, passage)).toBe(href);
});

test("anchors are prefixed so they cannot collide with headings", () => {
  expect(figureAnchor("darien-crossings")).toBe("figure-darien-crossings");
  expect(eventAnchor("centsec-convenes")).toBe("event-centsec-convenes");
});

test.each([
  ["/borders/#x", "https://example.org", "https://example.org/borders/#x"],
  ["/", "https://example.org/", "https://example.org/"],
  ["/china/", new URL("https://news.example/"), "https://news.example/china/"],
])("absoluteUrl(%s, %s)", (path, site, expected) => {
  expect(absoluteUrl(path, site)).toBe(expected);
});

test.each([
  ["90%", "number"],
  ["Over 25%", "number"],
  ["Hundreds", "number"],
  ["9 April 2025", "number"],
  ["Top trading partner", "phrase"],
] as const)("figureScale(%s) = %s", (value, scale) => {
  expect(figureScale(value)).toBe(scale);
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
  ["https://centsec-explainer.example/", ["https://", "centsec-explainer", ".example", "/"]],
  ["https://a.example/borders/", ["https://", "a", ".example", "/borders", "/"]],
  ["example.org", ["example", ".org"]],
])("urlBreakPoints(%s) keeps the scheme whole and breaks only before dots and slashes", (url, pieces) => {
  expect(urlBreakPoints(url)).toEqual(pieces);
  expect(urlBreakPoints(url).join("")).toBe(url);
});
