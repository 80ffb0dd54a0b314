/**
 * The source, named on every page of both editions: one sourcing line at the top (under the standfirst,
 * inside the page's own header, before the body), and JSON-LD isBasedOn with its name and description
 * only. Both come from the introduction's `source` of each edition (content/introduction.mdx): the pages
 * that tell the conference show its `line`, the pages about the site (About, Glossary) its `siteLine`,
 * which does not claim that they tell the conference.
 */
import { describe, expect, test } from "vitest";
import { introduction } from "../../scripts/lib/content";
import { elementsOf, pagePaths, readDist } from "../tools/dist";

const editionOf = (path: string) => (path === "/es/" || path.startsWith("/es/") ? "es" : "en");
const fileOf = (path: string) => (path.endsWith("/") ? `${path.slice(1)}index.html` : path.slice(1));
const paths = pagePaths();
/** The pages about the site rather than the conference, in both editions. */
const SITE_PAGES = ["/about/", "/glossary/", "/es/acerca-de/", "/es/glosario/"];
const lineOf = (path: string) => {
  const { source } = introduction(editionOf(path));
  return SITE_PAGES.includes(path) ? source.siteLine : source.line;
};
const decode = (text: string) =>
  text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

/**
 * What every sourcing line must say, per edition: that the source is a news report, and the time frame
 * the page is written as of, the day of the conference (the pivot event of content/timeline.yaml).
 */
const SOURCE_AND_TIME = {
  en: { source: /\bnews report\b/, time: "9 April 2025" },
  es: { source: /\binforme periodístico\b/, time: "9 de abril de 2025" },
};

test("the pages of both editions are checked, the About and Glossary pages among them", () => {
  expect(paths).toEqual(expect.arrayContaining(SITE_PAGES));
  expect(paths.filter((p) => editionOf(p) === "es").length).toBeGreaterThan(5);
  expect(paths.filter((p) => editionOf(p) === "en").length).toBeGreaterThan(5);
});

describe.each(paths)("%s", (path) => {
  const html = readDist(fileOf(path));
  const { source } = introduction(editionOf(path));

  test("shows the sourcing line once, in the page's header after the headline, before the body", () => {
    const lines = [...html.matchAll(/<p data-source-line[^>]*>([\s\S]*?)<\/p>/g)];
    expect(lines, "one sourcing line").toHaveLength(1);
    expect(decode(lines[0]![1]!.replace(/<[^>]+>/g, ""))).toContain(lineOf(path));
    expect(html.split(lineOf(path)).length - 1, "its sentence appears once").toBe(1);
    const main = html.indexOf('<main id="main"');
    const at = lines[0]!.index!;
    const headline = html.indexOf("<h1", main);
    const headerEnd = html.indexOf("</header>", headline);
    expect(main).toBeGreaterThan(0);
    expect(headline, "after the page's headline").toBeGreaterThan(main);
    expect(at).toBeGreaterThan(headline);
    expect(at, "inside the page's header, before the body").toBeLessThan(headerEnd);
  });

  test("names the source and the time frame the page is told as of", () => {
    const line = decode(/<p data-source-line[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!.replace(/<[^>]+>/g, ""));
    const { source: names, time } = SOURCE_AND_TIME[editionOf(path)];
    expect(line, "names the source").toMatch(names);
    expect(line, "gives the time frame: the conference's date").toContain(time);
  });

  test("carries the source in JSON-LD as isBasedOn: its name and description, no address", () => {
    const blocks = elementsOf(html)
      .filter((e) => e.name === "script" && e.attributes.get("type") === "application/ld+json")
      .flatMap((e) => [JSON.parse(e.text!)].flat() as Record<string, unknown>[]);
    const based = blocks.filter((b) => "isBasedOn" in b).map((b) => b["isBasedOn"]);
    expect(based.length, "at least one JSON-LD node says what the page is based on").toBeGreaterThan(0);
    for (const b of based) expect(b).toEqual({ name: source.name, description: source.description });
  });
});
