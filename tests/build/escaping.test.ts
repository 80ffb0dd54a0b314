/**
 * A build of good content with hostile text in it. YAML data (the frontmatter of MDX files, figures.yaml,
 * timeline.yaml) is plain text: whatever markup, script or `{expression}` it holds reaches every output
 * as the same characters, never as elements, in text, attributes, JSON-LD, the RSS feed, the summary and
 * the preview images. And the build stands for the last good one: a refused build after it keeps it.
 */
import { cpSync, existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildSite, projectCopy, scratchFolder, type BuildResult } from "../../scripts/lib/build-site";
import { elementsOf, htmlFiles } from "../tools/dist";

const FIXTURES = "tests/fixtures/content";
const scratch = scratchFolder("escaping");
afterAll(() => scratch.remove());
// In a copy of the project, whose .astro/ folder no other build or check shares (see projectCopy).
const root = projectCopy(join(scratch.dir, "project"));
const content = join(root, "content");
const dist = join(root, "dist");

cpSync(join(FIXTURES, "good"), content, { recursive: true });
cpSync(join(FIXTURES, "hostile-text"), content, { recursive: true });
const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(content, "sections/alpha.mdx"), "utf8"))![1]!) as Record<
  string,
  string
>;
const figure = (parse(readFileSync(join(content, "figures.yaml"), "utf8")) as { value: string; label: string }[])[0]!;
const event = (parse(readFileSync(join(content, "timeline.yaml"), "utf8")) as { text: string }[])[0]!;

/** How Astro writes text and attribute values. */
const escaped = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

let build: BuildResult;
beforeAll(async () => {
  build = await buildSite({ contentDir: relative(root, content), outDir: dist, root });
});

describe("text with markup in it, from YAML", () => {
  test("the fixture really is hostile, and builds", () => {
    expect(front["title"]).toContain("</script><script>");
    expect(front["standfirst"]).toContain('"><img src=x onerror=');
    expect(figure.label).toContain("<img src=x onerror=");
    expect(event.text).toContain("<svg onload=");
    expect(build.code, build.output).toBe(0);
  });

  test("never becomes an element or an event handler on any page", () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const elements = elementsOf(readFileSync(join(dist, file), "utf8"));
      for (const el of elements) {
        const handlers = [...el.attributes.keys()].filter((a) => a.startsWith("on"));
        expect(handlers, `${file}: <${el.name}> has ${handlers.join(", ")}`).toEqual([]);
        expect(["img", "b", "iframe"], `${file}: a <${el.name}> element`).not.toContain(el.name);
      }
      const scripts = elements.filter((el) => el.name === "script");
      for (const s of scripts) expect(["module", "application/ld+json"], file).toContain(s.attributes.get("type"));
      for (const s of scripts.filter((el) => el.attributes.get("type") === "application/ld+json")) {
        expect(s.text, `${file}: JSON-LD holds a raw <`).not.toContain("<");
        JSON.parse(s.text!);
      }
    }
  });

  test("arrives as the same characters in attributes, JSON-LD and text", () => {
    const html = readFileSync(join(dist, "alpha/index.html"), "utf8");
    const elements = elementsOf(html);
    const meta = (key: string) =>
      elements
        .find((el) => el.name === "meta" && (el.attributes.get("property") ?? el.attributes.get("name")) === key)
        ?.attributes.get("content");
    expect(meta("og:title")).toBe(front["title"]);
    expect(meta("description")).toBe(front["takeaway"]);
    expect(meta("og:image:alt")).toContain(front["title"]);
    const article = elements
      .filter((el) => el.attributes.get("type") === "application/ld+json")
      .map((el) => JSON.parse(el.text!) as Record<string, unknown>)
      .find((ld) => ld["@type"] === "NewsArticle");
    expect(article?.["headline"]).toBe(front["title"]);
    expect(article?.["description"]).toBe(front["takeaway"]);
    expect(html).toContain(`>${escaped(front["title"]!)}<`);
    expect(html).toContain(escaped(front["standfirst"]!));
    expect(html).toContain(escaped(figure.label));
    expect(html).toContain(escaped(event.text));
    // `{…}` in YAML is text, not an expression: it is printed, not run.
    expect(html).toContain("{process.env.HOME}");
  });

  test("is escaped in the summary and the RSS feed, and the preview image is drawn", () => {
    const summary = readFileSync(join(dist, "summary/index.html"), "utf8");
    expect(summary).toContain(escaped(front["takeaway"]!));
    expect(summary).toContain(escaped(figure.label));
    const rss = readFileSync(join(dist, "rss.xml"), "utf8");
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const alpha = items.find((item) => item.includes("/alpha/"))!;
    const text = (tag: string) => /<(\w+)>([\s\S]*?)<\/\1>/g.exec(alpha.slice(alpha.indexOf(`<${tag}>`)))?.[2];
    const xmlDecode = (s: string) =>
      s
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&");
    expect(text("title")).not.toContain("<");
    expect(xmlDecode(text("title")!)).toBe(front["title"]);
    expect(xmlDecode(text("description")!)).toBe(front["takeaway"]);
    expect(existsSync(join(dist, "og/alpha.png"))).toBe(true);
  });
});

// The same build stands for the last good one: a refused build after it must leave its output as it was.
describe("a build refused after it", () => {
  test("leaves that output as it was, and the output was precompressed from the final HTML", async () => {
    const before = readFileSync(join(dist, "alpha/index.html"), "utf8");
    // The precompression step ran on the final HTML (after the CSP step rewrote it).
    expect(brotliDecompressSync(readFileSync(join(dist, "alpha/index.html.br"))).toString()).toBe(before);
    expect(gunzipSync(readFileSync(join(dist, "alpha/index.html.gz"))).toString()).toBe(before);

    const bad = join(root, "bad-content");
    cpSync(content, bad, { recursive: true });
    cpSync(join(FIXTURES, "bad-figure-section"), bad, { recursive: true, filter: (src) => !src.endsWith("expect.txt") });
    const refused = await buildSite({ contentDir: relative(root, bad), outDir: dist, root });
    expect(refused.code).not.toBe(0);
    // The refusal's message, as bad-content.test.ts checks the other fixtures'.
    for (const part of readFileSync(join(FIXTURES, "bad-figure-section/expect.txt"), "utf8").trim().split("|"))
      expect(refused.output, `expected "${part}" in:\n${refused.output}`).toContain(part);
    expect(readFileSync(join(dist, "alpha/index.html"), "utf8")).toBe(before);
    expect(existsSync(join(dist, "beta/index.html"))).toBe(true);
  });
});
