import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, test } from "vitest";
import {
  cacheName,
  editionFiles,
  answers,
  isCacheable,
  refusedSpeculation,
  savedKey,
  staleCaches,
  withSavedCopyNote,
} from "../../src/lib/offline";
import { offlinePageHtml } from "../../src/lib/offline-page";

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
  const sitemap = ["/", "/borders/", "/summary/", "/es/", "/es/fronteras/", "/es/resumen/"];
  test.each([
    ["en", ["/_astro/a.js"], ["/", "/borders/", "/summary/", "/map.svg", "/map-borders.svg", "/_astro/a.js"]],
    ["es", [], ["/es/", "/es/fronteras/", "/es/resumen/", "/map.svg", "/map-borders.svg"]],
  ] as const)("%s: its own pages of the sitemap, the base maps of every frame and the assets", (locale, assets, files) =>
    expect(editionFiles(locale, sitemap, assets)).toEqual(files),
  );
  test("never the preview images, the feed or a sitemap, even when asked", () => {
    const files = editionFiles("en", ["/", "/og/borders.png", "/rss.xml", "/sitemap-0.xml"], ["/es/og/x.png", "/a.js"]);
    expect(files).toEqual(["/", "/map.svg", "/map-borders.svg", "/a.js"]);
  });
});

describe("answers", () => {
  const origin = "https://explainer.example.org";
  const saved = new Set(["/", "/borders/", "/map.svg", "/_astro/a.js"]);
  test.each([
    ["GET", `${origin}/borders/`, "navigate", true],
    ["GET", `${origin}/a-page-not-saved/`, "navigate", true],
    ["GET", `${origin}/map.svg`, "no-cors", true],
    ["GET", `${origin}/map.svg?v=1`, "no-cors", true],
    ["GET", `${origin}/_astro/a.js`, "cors", true],
    ["GET", `${origin}/favicon.svg`, "no-cors", false],
    ["GET", `${origin}/og/borders.png`, "no-cors", false],
    ["POST", `${origin}/borders/`, "navigate", false],
    ["GET", "https://elsewhere.example/map.svg", "no-cors", false],
  ])("%s %s (%s) -> %s", (method, url, mode, answered) => expect(answers({ method, url, mode }, origin, saved)).toBe(answered));
});

describe("isCacheable", () => {
  const origin = "https://explainer.example.org";
  test.each([
    ["GET", `${origin}/borders/`, 200, "basic", false, true],
    ["GET", `${origin}/borders/`, 200, "default", false, true],
    ["GET", `${origin}/borders/`, 0, "error", false, false],
    ["POST", `${origin}/borders/`, 200, "basic", false, false],
    ["GET", "https://elsewhere.example/x.js", 200, "basic", false, false],
    ["GET", "http://explainer.example.org/x.js", 200, "basic", false, false],
    ["GET", `${origin}/missing/`, 404, "basic", false, false],
    ["GET", `${origin}/moved`, 301, "basic", false, false],
    ["GET", `${origin}/moved`, 0, "opaqueredirect", false, false],
    ["GET", `${origin}/borders`, 200, "basic", true, false],
    ["GET", `${origin}/x`, 200, "opaque", false, false],
    ["GET", `${origin}/x`, 206, "basic", false, false],
  ])("%s %s %s %s redirected=%s -> %s", (method, url, status, type, redirected, ok) =>
    expect(isCacheable({ method, url }, { status, type, redirected }, origin)).toBe(ok),
  );
});

describe("savedKey", () => {
  const o = "https://explainer.example.org";
  test.each([
    [`${o}/borders/`, `${o}/borders/`],
    [`${o}/borders`, `${o}/borders/`],
    [`${o}/borders/?from=feed#darien-gap`, `${o}/borders/`],
    [`${o}/`, `${o}/`],
    [`${o}/map.svg`, `${o}/map.svg`],
    [`${o}/es/fronteras`, `${o}/es/fronteras/`],
  ])("%s -> %s", (url, key) => expect(savedKey(url)).toBe(key));
});

describe("refusedSpeculation", () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  test.each([
    [{ "sec-purpose": "prefetch;prerender" }, true, true],
    [{ "sec-purpose": "prefetch", "save-data": "on" }, false, true],
    [{ purpose: "prefetch" }, true, true],
    [{ "sec-purpose": "prefetch;prerender" }, false, false],
    [{ "save-data": "on" }, true, false],
    [{}, true, false],
  ])("%j, Save-Data %s -> refused %s", (h, saveData, refused) => expect(refusedSpeculation(headers(h), saveData)).toBe(refused));
});

describe("withSavedCopyNote", () => {
  test("puts the note, escaped, as a status at the start of main", () => {
    const html = withSavedCopyNote('<body><header></header><main id="main" class="x"><h1>T</h1></main></body>', "a <b> & c");
    expect(html).toMatch(
      /<main id="main" class="x"><div [^>]*><p role="status" data-saved-copy[^>]*>a &lt;b&gt; &amp; c<\/p><\/div><h1>/,
    );
  });
  test("after <body> when a page has no main", () => {
    expect(withSavedCopyNote('<body class="b"><h1>T</h1></body>', "n")).toMatch(/^<body class="b"><div [^>]*><p role="status"/);
  });
  test("adds no script and no style, so the page's CSP hashes still hold", () => {
    expect(withSavedCopyNote("<main></main>", "n")).not.toMatch(/<script|<style|style=/);
  });
});

describe("offlinePageHtml", () => {
  const words = {
    lang: "es",
    title: "No tiene conexión",
    text: "Esta página no se guardó <aún>.",
    homeHref: "/es/",
    homeLabel: "Ir al panorama",
    siteName: "Claves",
  };
  const html = offlinePageHtml(words);
  test("is valid HTML in its language, with escaped words and a link to the edition's home", async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html, "offline.html");
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain("&lt;aún&gt;");
    expect(html).toContain('<a href="/es/">Ir al panorama</a>');
  });
  test("its CSP allows only its own style, by hash", () => {
    const csp = /content="(default-src[^"]*)"/.exec(html)![1]!;
    expect(csp).toMatch(/^default-src 'none';style-src 'sha256-[\w+/=]+';/);
    expect(csp).not.toMatch(/unsafe/);
  });
});
