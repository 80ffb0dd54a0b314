/**
 * The self-hosted fonts as built (src/lib/fonts.ts, src/integrations/fonts.ts): every character a page
 * sets is in every face, the faces fit their budget, and they are served under content-hashed names,
 * cached for a year and preloaded.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { create } from "fontkitten";
import subsetFont from "subset-font";
import { describe, expect, test } from "vitest";
import { FONT_CHARACTERS, FONT_FILES } from "../../src/lib/fonts";
import { BUDGETS, DIST, elementsOf, htmlFiles, readDist } from "../tools/dist";

const fontNames = readdirSync(join(DIST, "_astro")).filter((name) => name.endsWith(".woff2"));
const fonts = fontNames.map((name) => ({ name, bytes: readFileSync(join(DIST, "_astro", name)) }));

/** The characters a reader sees on a page: its body's text (the map's labels too), without scripts and styles. */
export function pageCharacters(html: string): Set<string> {
  const body = elementsOf(html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, "")).find((e) => e.name === "body");
  const alts = elementsOf(html).flatMap((e) => (e.name === "img" && e.attributes.get("alt") ? [e.attributes.get("alt")!] : []));
  return new Set([...(body?.text ?? ""), ...alts.join("")].filter((c) => !/[\n\r\t]/.test(c)));
}

/** Code points a face has no glyph for, of those given. */
const missingFrom = (bytes: Buffer, characters: Iterable<string>) => {
  const font = create(bytes);
  if (!("hasGlyphForCodePoint" in font)) throw new Error("a collection, not a font");
  return [...characters].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
};
/** The OpenType substitution features a face keeps ("tnum" for tabular figures, and so on). */
const featuresOf = (bytes: Buffer) => {
  const font = create(bytes) as unknown as { GSUB?: { featureList: { tag: string }[] } };
  return new Set((font.GSUB?.featureList ?? []).map((feature) => feature.tag));
};
const show = (chars: string[]) => chars.map((c) => `${JSON.stringify(c)} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);

describe("the fonts", () => {
  test("one file per face, each under a content-hashed name", () => {
    expect(fontNames.map((name) => name.replace(/\.[\w-]{8}\.woff2$/, "")).sort()).toEqual(FONT_FILES.map((f) => f.id).sort());
  });

  test("every face has a glyph for every character the site's fonts promise", () => {
    for (const { name, bytes } of fonts) expect(show(missingFrom(bytes, FONT_CHARACTERS)), name).toEqual([]);
  });

  test("every character of every built page's text is in every face", () => {
    for (const file of htmlFiles()) {
      const characters = pageCharacters(readDist(file));
      for (const { name, bytes } of fonts) expect(show(missingFrom(bytes, characters)), `${file}: not in ${name}`).toEqual([]);
    }
  });

  test("the test sees a character the fonts lack", () => {
    const characters = pageCharacters("<!doctype html><body><p>Panamá ▾</p><script>'ж'</script></body>");
    expect(characters.has("▾")).toBe(true);
    expect(characters.has("ж")).toBe(false);
    expect(show(missingFrom(fonts[0]!.bytes, characters))).toEqual(['"▾" U+25BE']);
  });

  test("every face keeps its tabular figures (tnum), for dates and numbers set in columns", () => {
    for (const { name, bytes } of fonts) expect(featuresOf(bytes).has("tnum"), name).toBe(true);
  });

  test("the test sees a cut that drops the tabular figures", async () => {
    const source = readFileSync(createRequire(import.meta.url).resolve(FONT_FILES.find((f) => f.id === "inter")!.source));
    // subset-font's options (2.9) take an allowlist of features, which its type declarations do not list.
    const onlyKerning = { targetFormat: "woff2", keepFeatures: ["kern"] } as Parameters<typeof subsetFont>[2];
    const cut = await subsetFont(source, "0123456789", onlyKerning);
    expect(featuresOf(cut).has("tnum")).toBe(false);
    expect(featuresOf(await subsetFont(source, "0123456789", { targetFormat: "woff2" })).has("tnum")).toBe(true);
  });

  test(`all the faces together stay within ${BUDGETS.fonts} B`, () => {
    const total = fonts.reduce((sum, f) => sum + f.bytes.length, 0);
    expect(total).toBeLessThanOrEqual(BUDGETS.fonts);
  });

  test("every page preloads the upright faces, and the italic exactly when it sets emphasis", () => {
    for (const file of htmlFiles()) {
      const html = readDist(file);
      const preloads = elementsOf(html)
        .filter((e) => e.name === "link" && e.attributes.get("rel") === "preload" && e.attributes.get("as") === "font")
        .map((e) => e.attributes.get("href")!.replace(/^\/_astro\/|\.[\w-]{8}\.woff2$/g, ""));
      const emphasis = elementsOf(html).some((e) => e.name === "em" || e.name === "i");
      expect(preloads, file).toEqual(["source-serif-4", "inter", ...(emphasis ? ["source-serif-4-italic"] : [])]);
    }
  });

  test("the hashed files in /_astro/ are cached for a year by static hosts (nginx: scripts/deploy/nginx.conf)", () => {
    expect(readDist("_headers")).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(readFileSync("scripts/deploy/nginx.conf", "utf8")).toContain('~^/_astro/ "public, max-age=31536000, immutable";');
  });
});
