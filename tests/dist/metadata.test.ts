import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { corrections, EDITIONS, editionOf, introduction, SITE_NAME, sections } from "../../scripts/lib/content";
import { DIST, SITE, attributeValues, htmlFiles, pagePaths, readDist } from "../tools/dist";

const pages = htmlFiles().filter((f) => f !== "404.html");

/** <meta property|name="key" content="..."> values of a page. */
function metaOf(html: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const tag of html.match(/<meta\s[^>]*>/g) ?? []) {
    const key = attributeValues(tag, "property")[0] ?? attributeValues(tag, "name")[0];
    const content = attributeValues(tag, "content")[0];
    if (key && content !== undefined) map.set(key, [...(map.get(key) ?? []), content]);
  }
  return map;
}
const one = (meta: Map<string, string[]>, key: string) => {
  expect(meta.get(key), key).toHaveLength(1);
  return meta.get(key)![0]!;
};

function pngSize(file: string): { width: number; height: number; signature: string } {
  const bytes = readFileSync(file);
  return { signature: bytes.subarray(1, 4).toString("latin1"), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(pages)("%s has complete, consistent link-preview metadata", (file) => {
  const html = readDist(file);
  const meta = metaOf(html);
  const path = `/${file.replace(/index\.html$/, "")}`;
  const url = `${SITE}${path}`;
  const edition = editionOf(path);

  test("title, description and canonical URL", () => {
    // One document title (an inline SVG's <title> names its drawing, in the body).
    expect(html.split("</head>")[0]!.match(/<title>/g)).toHaveLength(1);
    expect(one(meta, "description").length).toBeGreaterThan(40);
    expect(attributeValues(html.match(/<link rel="canonical"[^>]*>/)![0], "href")).toEqual([url]);
  });

  test("Open Graph and Twitter tags, absolute and matching the page", () => {
    expect(one(meta, "og:url")).toBe(url);
    expect(one(meta, "og:title").length).toBeGreaterThan(0);
    expect(one(meta, "og:description")).toBe(one(meta, "description"));
    expect(one(meta, "og:site_name")).toBe(SITE_NAME[edition]);
    expect(["article", "website"]).toContain(one(meta, "og:type"));
    expect(one(meta, "twitter:card")).toBe("summary_large_image");
    expect(one(meta, "og:image:alt").length).toBeGreaterThan(0);
    expect(one(meta, "og:image:width")).toBe("1200");
    expect(one(meta, "og:image:height")).toBe("630");
    const image = one(meta, "og:image");
    expect(image.startsWith(edition === "en" ? `${SITE}/og/` : `${SITE}/${edition}/og/`), image).toBe(true);
    // X falls back to the Open Graph tags: no twitter: copy of the title, description or image.
    expect([...meta.keys()].filter((name) => name.startsWith("twitter:"))).toEqual(["twitter:card"]);
    const png = join(DIST, new URL(image).pathname);
    expect(existsSync(png), png).toBe(true);
    expect(pngSize(png)).toEqual({ signature: "PNG", width: 1200, height: 630 });
  });

  test("section pages are articles with their dates", () => {
    if (one(meta, "og:type") !== "article") return;
    expect(one(meta, "article:published_time")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(one(meta, "article:modified_time") >= one(meta, "article:published_time")).toBe(true);
  });

  test("JSON-LD parses and matches the visible page", () => {
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    const section = sections(edition).find((s) => s.path === path);
    if (section) {
      const article = blocks.find((b) => b["@type"] === "NewsArticle");
      expect(article.headline).toBe(section.title);
      expect(article.description).toBe(section.takeaway);
      expect(article.url).toBe(url);
      expect(article.image[0]).toBe(one(meta, "og:image"));
      expect(article.publisher.name).toBe(SITE_NAME[edition]);
      expect(article.inLanguage).toBe(edition);
      expect(article.datePublished).toBe(one(meta, "article:published_time"));
      expect(html).toContain(`>${section.title}</h1>`);
    }
    if (path === "/" || path === "/es/" || section) {
      const event = blocks.find((b) => b["@type"] === "Event");
      expect(event.name).toContain("CENTSEC");
      expect(event.startDate).toBe("2025-04-09");
      expect(event.location.name).toBe(introduction(edition).conference.place);
    }
  });
});

describe("site-wide", () => {
  test("titles, descriptions and canonical URLs are unique across pages", () => {
    for (const key of ["<title>", "description", "og:image"]) {
      const values = pages.map((f) => {
        const html = readDist(f);
        return key === "<title>" ? /<title>(.*?)<\/title>/.exec(html)![1] : metaOf(html).get(key)![0];
      });
      if (key === "og:image") continue; // the 404 page aside, every page has its own card; checked above
      expect(new Set(values).size, key).toBe(values.length);
    }
  });

  test("the sitemap lists every page and only real pages", () => {
    const index = readFileSync(join(DIST, "sitemap-index.xml"), "utf8");
    const sitemaps = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const listed = sitemaps.flatMap((s) => [...readFileSync(join(DIST, s), "utf8").matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]!));
    expect(listed.sort()).toEqual(pagePaths().map((p) => `${SITE}${p}`).sort());
  });

  test.each(EDITIONS)("the RSS feed (%s) is well-formed and lists the sections in order", (edition) => {
    const feed = readFileSync(join(DIST, edition === "en" ? "rss.xml" : `${edition}/rss.xml`), "utf8");
    expect(feed.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(feed).toMatch(/<rss[^>]*version="2\.0"[\s\S]*<\/rss>$/);
    const items = [...feed.matchAll(/<item>[\s\S]*?<title>(.*?)<\/title>[\s\S]*?<link>(.*?)<\/link>[\s\S]*?<\/item>/g)];
    expect(items.map((m) => m[2])).toEqual(sections(edition).map((s) => `${SITE}${s.path}`));
    expect(items.map((m) => m[1])).toEqual(sections(edition).map((s) => s.title.replace(/&/g, "&amp;")));
    expect(feed.match(/<item>/g)).toHaveLength(sections().length);
    expect(/<channel>[\s\S]*?<link>(.*?)<\/link>/.exec(feed)?.[1], "the channel's link").toBe(`${SITE}${edition === "en" ? "/" : `/${edition}/`}`);
  });

  test.each(EDITIONS)("the feed's modified dates (%s), and each section's JSON-LD dateModified, follow the corrections log", (edition) => {
    const feed = readFileSync(join(DIST, edition === "en" ? "rss.xml" : `${edition}/rss.xml`), "utf8");
    const latest = (part: string) =>
      corrections()
        .filter((c) => c.part === part || c.part === undefined)
        .map((c) => c.published)
        .sort()
        .at(-1);
    for (const s of sections(edition)) {
      const expected = latest(s.id) ?? s.published;
      const item = new RegExp(`<link>${SITE}${s.path}</link>[\\s\\S]*?<dcterms:modified>(.*?)</dcterms:modified>`).exec(feed);
      expect(item?.[1], s.id).toBe(expected);
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(readDist(`${s.path.slice(1)}index.html`))![1]!);
      expect(ld.dateModified, s.id).toBe(expected);
    }
    const newest = corrections()
      .map((c) => c.published)
      .sort()
      .at(-1);
    if (newest) expect(feed).toContain(`<lastBuildDate>${new Date(`${newest}T00:00:00Z`).toUTCString()}</lastBuildDate>`);
  });

  test("robots.txt points at the sitemap", () => {
    expect(readFileSync(join(DIST, "robots.txt"), "utf8")).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});

describe.each(htmlFiles())("%s: every id is unique and every anchor link targets an element", (file) => {
  test("ids", () => {
    const ids = attributeValues(readDist(file), "id");
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  test("headings, figures and events have permalinks", () => {
    const html = readDist(file);
    const hrefs = new Set(attributeValues(html, "href"));
    for (const [, id] of html.matchAll(/<h[23] id="([^"]+)"/g)) {
      if (/-heading$|^toc-/.test(id!)) continue;
      expect(hrefs.has(`#${id}`), `heading #${id}`).toBe(true);
    }
    // An event offers its permalink on its part's page. The overview's timeline carries one link an event,
    // to the passage of its part (issue 32: no link repeated under every entry); its ids still take old links.
    for (const [event, id] of html.matchAll(/<li id="(event-[^"]+)"[\s\S]*?<\/li>/g)) {
      if (hrefs.has(`#${id}`)) continue;
      const links = attributeValues(event, "href");
      expect(links, `${id}: a permalink, or one link to its part's passage`).toHaveLength(1);
      expect(links[0], id).toMatch(/^\/(es\/)?([a-z-]+\/)?#[a-z0-9-]+$/);
    }
    // A figure's permalink is offered by its copy-link control (with JavaScript; without it the control is
    // left out, as a link that only navigates would mislead), or by a link to it.
    const offered = new Set([...hrefs, ...attributeValues(html, "data-url")]);
    for (const [, id] of html.matchAll(/<li id="(figure-[^"]+)"/g)) {
      expect([...offered].some((h) => h.endsWith(`#${id}`)), id).toBe(true);
    }
  });
});
