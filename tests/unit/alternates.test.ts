import { describe, expect, test } from "vitest";
import { hreflangLinks, sitePages } from "../../src/lib/alternates";
import { sitemapIndexXml, sitemapXml } from "../../src/lib/sitemap";

const parts = {
  en: [
    { id: "borders", path: "/borders/" },
    { id: "cartels", path: "/cartels/" },
  ],
  es: [
    { id: "cartels", path: "/es/carteles/" },
    { id: "borders", path: "/es/fronteras/" },
  ],
};

describe("sitePages", () => {
  test("lists the named pages, then each part at its address in every edition, paired by id", () => {
    expect(sitePages(parts)).toEqual([
      { ref: { page: "home" }, paths: { en: "/", es: "/es/" } },
      { ref: { page: "summary" }, paths: { en: "/summary/", es: "/es/resumen/" } },
      { ref: { page: "about" }, paths: { en: "/about/", es: "/es/acerca-de/" } },
      { ref: { page: "glossary" }, paths: { en: "/glossary/", es: "/es/glosario/" } },
      { ref: { part: "borders" }, paths: { en: "/borders/", es: "/es/fronteras/" } },
      { ref: { part: "cartels" }, paths: { en: "/cartels/", es: "/es/carteles/" } },
    ]);
  });

  test("refuses a part that an edition lacks, naming both", () => {
    expect(() => sitePages({ en: parts.en, es: parts.es.slice(0, 1) })).toThrow('the es edition has no part "borders"');
  });
});

test("hreflangLinks: each edition by its tag, then x-default at the English page", () => {
  expect(hreflangLinks({ en: "/borders/", es: "/es/fronteras/" })).toEqual([
    { lang: "en", path: "/borders/" },
    { lang: "es", path: "/es/fronteras/" },
    { lang: "x-default", path: "/borders/" },
  ]);
});

describe("sitemap", () => {
  const site = new URL("https://example.org");
  const links = (en: string, es: string) =>
    `<xhtml:link rel="alternate" hreflang="en" href="https://example.org${en}"/>` +
    `<xhtml:link rel="alternate" hreflang="es" href="https://example.org${es}"/>` +
    `<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org${en}"/>`;

  test("lists every address of every page once, in code-unit order, each with its page's alternates", () => {
    const xml = sitemapXml(
      [
        { en: "/summary/", es: "/es/resumen/" },
        { en: "/", es: "/es/" },
      ],
      site,
    );
    expect([...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1])).toEqual([
      "https://example.org/",
      "https://example.org/es/",
      "https://example.org/es/resumen/",
      "https://example.org/summary/",
    ]);
    expect(xml).toContain(`<url><loc>https://example.org/es/resumen/</loc>${links("/summary/", "/es/resumen/")}</url>`);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" /,
    );
    expect(xml).toMatch(/<\/url><\/urlset>$/);
  });

  test("escapes what XML would read as markup", () => {
    expect(sitemapXml([{ en: "/a&b/", es: "/es/a'b/" }], site)).toContain("<loc>https://example.org/a&amp;b/</loc>");
  });

  test("the index names the one sitemap", () => {
    expect(sitemapIndexXml(site)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>',
    );
  });
});
