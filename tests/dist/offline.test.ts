/**
 * The offline edition and the speculation rules as built: what sw.js would save per edition (and how many
 * bytes that is, printed), its headers, and the rules' shape. The behaviour is in tests/e2e/offline.spec.ts.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { LOCALES, localeOf, type Locale } from "../../src/i18n/locales";
import { DIST, pagePaths, readDist, sitemapPaths } from "../tools/dist";

const sw = readDist("sw.js");
/** Each edition's files as sw.js lists them (its bundled config: `files:{en:[...],es:[...]}`). */
const files = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(new RegExp(`[{,]${locale}:(\\[[^\\]]*\\])`).exec(sw.slice(sw.indexOf("files:")))![1]!) as string[]]),
) as Record<Locale, string[]>;
const listed = [...new Set(Object.values(files).flat())];
const fileOf = (path: string) => join(DIST, path.endsWith("/") ? `${path}index.html` : path.slice(1));

describe("sw.js", () => {
  test("lists every page of the sitemap, the base map and every script, and each exists", () => {
    for (const path of [...sitemapPaths(), "/map.svg", "/map-borders.svg", "/speculation-rules.json"]) expect(listed, path).toContain(path);
    for (const path of listed.filter((p) => p.startsWith("/_astro/") || p.endsWith("/"))) {
      expect(existsSync(fileOf(path)), path).toBe(true);
    }
  });

  test("each edition saves every font file, so saved pages keep their faces offline", () => {
    const fonts = readdirSync(join(DIST, "_astro")).filter((name) => name.endsWith(".woff2"));
    expect(fonts.length).toBeGreaterThan(0);
    for (const locale of LOCALES) for (const font of fonts) expect(files[locale], locale).toContain(`/_astro/${font}`);
  });

  test("never saves a preview image, a feed or a sitemap", () => {
    expect(listed.filter((path) => /\/og\/|\.png$|\.xml$/.test(path))).toEqual([]);
  });

  test("carries a build id, and no address of another site", () => {
    expect(sw).toMatch(/build:"[0-9a-f]{16}"/);
    expect(sw).not.toMatch(/https?:\/\//);
  });

  test("is revalidated on every visit (_headers); pages name the speculation rules, which have their own type", () => {
    const headers = readDist("_headers");
    expect(headers).toMatch(/^\/sw\.js\n {2}Cache-Control: no-cache$/m);
    expect(headers).toMatch(/^\/speculation-rules\.json\n {2}Content-Type: application\/speculationrules\+json$/m);
    expect(headers).toMatch(/^\/\*\n(?: {2}.+\n)* {2}Speculation-Rules: "\/speculation-rules\.json"$/m);
  });

  test("a saved edition's size, as brotli sends it and as it is stored (printed for docs/offline.md)", () => {
    const rows = LOCALES.map((locale) => {
      const pages = files[locale].filter((p) => p.endsWith("/"));
      expect(pages.sort()).toEqual(sitemapPaths().filter((p) => localeOf(p) === locale).sort());
      const size = (path: string, ext = "") =>
        existsSync(fileOf(path) + ext) ? statSync(fileOf(path) + ext).size : statSync(fileOf(path)).size;
      const brotli = files[locale].reduce((sum, path) => sum + size(path, ".br"), 0);
      const stored = files[locale].reduce((sum, path) => sum + size(path), 0);
      return { locale, files: files[locale].length, brotli, stored };
    });
    console.log(
      `A saved edition:\n${rows.map((r) => `  ${r.locale}: ${r.files} files, ${r.brotli} B as brotli, ${r.stored} B stored`).join("\n")}`,
    );
    // Budget: the whole edition is a few first visits' worth, not a download to think twice about.
    for (const row of rows) expect(row.brotli, row.locale).toBeLessThan(200 * 1024);
  });
});

describe("speculation-rules.json", () => {
  const rules = JSON.parse(readDist("speculation-rules.json")) as Record<string, unknown>;

  test("has the shape of speculation rules: document rules, moderate, only this site's pages", () => {
    expect(Object.keys(rules)).toEqual(["prerender"]);
    for (const rule of rules["prerender"] as Record<string, unknown>[]) {
      expect(Object.keys(rule).sort()).toEqual(["eagerness", "source", "where"]);
      expect(rule["source"]).toBe("document");
      expect(rule["eagerness"]).toBe("moderate");
      const and = (rule["where"] as { and: Record<string, unknown>[] }).and;
      expect(and[0]!["selector_matches"]).toEqual(expect.any(String));
      expect(and[1]).toEqual({ href_matches: "/*" });
      const excluded = (and[2] as { not: { href_matches: string[] } }).not.href_matches;
      for (const pattern of ["/*.xml", "/*.png", "/og/*", "/es/og/*"]) expect(excluded).toContain(pattern);
    }
  });

  test("every page the rules could name exists: the links of headers and rel=next/prev in dist/", () => {
    const pages = new Set(pagePaths());
    for (const path of pagePaths()) {
      const html = readDist(path === "/" ? "index.html" : `${path.slice(1)}index.html`);
      const header = /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? "";
      const hrefs = [
        ...[...header.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/<a\b(?=[^>]*\srel="(?:next|prev)")[^>]*\shref="([^"]*)"/g)].map((m) => m[1]!),
      ];
      expect(hrefs.length, path).toBeGreaterThan(0);
      for (const href of hrefs) expect(pages.has(new URL(href, "https://x").pathname), `${path} -> ${href}`).toBe(true);
    }
  });
});
