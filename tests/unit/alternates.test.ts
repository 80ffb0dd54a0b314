import { expect, test } from "vitest";
import { alternateSetOf, sitemapLinks } from "../../src/i18n/alternates";

const link = (lang: string, path: string) => `<link rel="alternate" hreflang="${lang}" href="https://example.org${path}">`;

test.each<[string, string, { en: string; es: string } | undefined]>([
  [
    "a part, from its own hreflang links",
    link("en", "/borders/") + link("es", "/es/fronteras/") + link("x-default", "/borders/"),
    { en: "/borders/", es: "/es/fronteras/" },
  ],
  ["the 404 page, which has none", '<link rel="alternate" type="application/rss+xml" href="/rss.xml">', undefined],
  ["a page missing one edition", link("en", "/about/"), undefined],
])("alternateSetOf: %s", (_name, html, expected) => {
  expect(alternateSetOf(html)).toEqual(expected);
});

test("sitemapLinks lists each edition and x-default for a page of a set, nothing for another", () => {
  const set = { en: "/borders/", es: "/es/fronteras/" };
  const sets = new Map([
    ["/borders/", set],
    ["/es/fronteras/", set],
  ]);
  expect(sitemapLinks("https://example.org/es/fronteras/", sets)).toEqual([
    { lang: "en", url: "https://example.org/borders/" },
    { lang: "es", url: "https://example.org/es/fronteras/" },
    { lang: "x-default", url: "https://example.org/borders/" },
  ]);
  expect(sitemapLinks("https://example.org/404/", sets)).toBeUndefined();
});
