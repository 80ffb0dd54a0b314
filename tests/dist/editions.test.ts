/**
 * The two editions, read from the built site: every page has its counterpart, and says so to browsers,
 * search engines and share sheets in the same way from both sides.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DIST, SITE, attributeValues, elementsOf, pagePaths, readDist } from "../tools/dist";

const editionOf = (path: string) => (path === "/es/" || path.startsWith("/es/") ? "es" : "en");
const fileOf = (path: string) => (path.endsWith("/") ? `${path.slice(1)}index.html` : path.slice(1));
const paths = pagePaths();

/** The hreflang links of a page: { en: url, es: url, "x-default": url }. */
function alternatesOf(html: string): Record<string, string> {
  const links = elementsOf(html).filter((e) => e.name === "link" && e.attributes.get("rel") === "alternate" && e.attributes.has("hreflang"));
  return Object.fromEntries(links.map((l) => [l.attributes.get("hreflang")!, l.attributes.get("href")!]));
}

const metaContent = (html: string, property: string) =>
  elementsOf(html)
    .filter((e) => e.name === "meta" && e.attributes.get("property") === property)
    .map((e) => e.attributes.get("content"));

test("both editions have pages, and as many of them", () => {
  const spanish = paths.filter((p) => editionOf(p) === "es");
  expect(spanish.length).toBeGreaterThan(5);
  expect(spanish.length).toBe(paths.length - spanish.length);
});

describe.each(paths)("%s", (path) => {
  const html = readDist(fileOf(path));
  const locale = editionOf(path);
  const other = locale === "en" ? "es" : "en";
  const alternates = alternatesOf(html);

  test("declares its language, and hreflang links to itself and its counterpart, reciprocally", () => {
    expect(elementsOf(html).find((e) => e.name === "html")?.attributes.get("lang")).toBe(locale);
    expect(Object.keys(alternates).sort()).toEqual(["en", "es", "x-default"]);
    expect(alternates[locale]).toBe(`${SITE}${path}`);
    expect(alternates["x-default"]).toBe(alternates["en"]);
    const counterpart = new URL(alternates[other]!).pathname;
    expect(editionOf(counterpart)).toBe(other);
    expect(existsSync(join(DIST, fileOf(counterpart))), `${counterpart} is built`).toBe(true);
    expect(alternatesOf(readDist(fileOf(counterpart)))).toEqual(alternates);
  });

  test("links to its counterpart from the language switch, named in that language", () => {
    const counterpart = new URL(alternates[other]!).pathname;
    const switches = elementsOf(html).filter((e) => e.name === "a" && e.attributes.has("data-lang-switch"));
    expect(switches).toHaveLength(1);
    expect(switches[0]!.attributes.get("href")).toBe(counterpart);
    expect(switches[0]!.attributes.get("hreflang")).toBe(other);
    expect(switches[0]!.attributes.get("lang")).toBe(other);
  });

  test("tells share sheets its locale and the other one", () => {
    expect(metaContent(html, "og:locale")).toEqual([locale === "en" ? "en_US" : "es_LA"]);
    expect(metaContent(html, "og:locale:alternate")).toEqual([locale === "en" ? "es_LA" : "en_US"]);
    const image = new URL(metaContent(html, "og:image")[0]!).pathname;
    expect(image.startsWith(locale === "en" ? "/og/" : "/es/og/"), image).toBe(true);
  });

  test("labels its structured data and feed with its language", () => {
    for (const script of elementsOf(html).filter((e) => e.name === "script" && e.attributes.get("type") === "application/ld+json")) {
      const data = JSON.parse(script.text!) as { inLanguage?: string };
      expect(data.inLanguage).toBe(locale);
    }
    const feeds = elementsOf(html).filter((e) => e.name === "link" && e.attributes.get("type") === "application/rss+xml");
    expect(feeds.map((f) => f.attributes.get("href"))).toEqual([locale === "en" ? "/rss.xml" : "/es/rss.xml"]);
  });
});

describe("the sitemap", () => {
  const xml = readDist("sitemap-0.xml");
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);

  test.each(entries.map((e) => [new URL(/<loc>(.*?)<\/loc>/.exec(e)![1]!).pathname, e]))(
    "lists %s with the same alternates as the page",
    (path, entry) => {
      const links = Object.fromEntries(
        [...entry.matchAll(/<xhtml:link\s[^>]*>/g)].map((m) => [attributeValues(m[0], "hreflang")[0], attributeValues(m[0], "href")[0]]),
      );
      expect(links).toEqual(alternatesOf(readDist(fileOf(path))));
    },
  );
});

describe("the Spanish feed", () => {
  const english = readDist("rss.xml");
  const spanish = readDist("es/rss.xml");
  const links = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<link>(.*?)<\/link>/g)].map((m) => new URL(m[1]!).pathname);

  test("is in Spanish and lists every part, at its Spanish address", () => {
    expect(spanish).toContain("<language>es</language>");
    expect(english).toContain("<language>en</language>");
    expect(links(spanish)).toHaveLength(links(english).length);
    for (const path of links(spanish)) expect(path.startsWith("/es/") && paths.includes(path), path).toBe(true);
  });
});
