import { describe, expect, test } from "vitest";
import { cacheName, editionFiles, isCacheable, staleCaches } from "../../src/lib/offline";

describe("cacheName", () => {
  test.each([
    ["abc123", "centsec-abc123"],
    ["2026-12-02.1", "centsec-2026-12-02.1"],
  ])("%s -> %s", (id, name) => expect(cacheName(id)).toBe(name));
  test.each(["", "a b", "x/y"])("refuses %j", (id) => expect(() => cacheName(id)).toThrow(/build id/));
});

describe("staleCaches", () => {
  test.each([
    [["centsec-old", "centsec-new"], "new", ["centsec-old"]],
    [["centsec-new"], "new", []],
    [["other-app", "centsec-a", "centsec-b"], "c", ["centsec-a", "centsec-b"]],
  ])("%j with build %s deletes %j", (names, id, stale) => expect(staleCaches(names, id)).toEqual(stale));
});

describe("editionFiles", () => {
  test.each([
    [
      "en",
      ["/borders/"],
      ["/_astro/a.js"],
      ["/", "/summary/", "/about/", "/glossary/", "/borders/", "/map.svg", "/404.html", "/_astro/a.js"],
    ],
    [
      "es",
      ["/es/fronteras/"],
      [],
      ["/es/", "/es/resumen/", "/es/acerca-de/", "/es/glosario/", "/es/fronteras/", "/map.svg", "/404.html"],
    ],
  ] as const)("%s", (locale, parts, assets, files) => expect(editionFiles(locale, parts, assets)).toEqual(files));
  test("never the preview images or the feed", () => {
    expect(editionFiles("en", ["/og/borders.png", "/rss.xml"], ["/es/og/x.png"])).not.toEqual(
      expect.arrayContaining(["/og/borders.png", "/rss.xml", "/es/og/x.png"]),
    );
  });
});

describe("isCacheable", () => {
  const origin = "https://explainer.example.org";
  test.each([
    ["GET", `${origin}/borders/`, 200, "basic", true],
    ["GET", `${origin}/borders/`, undefined, undefined, false],
    ["POST", `${origin}/borders/`, 200, "basic", false],
    ["GET", "https://elsewhere.example/x.js", 200, "basic", false],
    ["GET", `${origin}/missing/`, 404, "basic", false],
    ["GET", `${origin}/moved`, 301, "basic", false],
    ["GET", `${origin}/x`, 200, "opaque", false],
    ["GET", `${origin}/x`, 206, "basic", false],
  ])("%s %s %s %s -> %s", (method, url, status, type, ok) =>
    expect(isCacheable({ method, url }, { status: status ?? 0, ...(type ? { type } : {}) }, origin)).toBe(ok),
  );
});
