import { describe, expect, test } from "vitest";
import {
  FONT_CHARACTERS,
  FONT_FILES,
  fontFaceRule,
  fontStack,
  fontsCss,
  setsItalic,
  withItalicPreload,
} from "../../src/lib/fonts";

const PRELOADS = '<link rel="preload" href="/_astro/a.woff2" as="font" type="font/woff2" crossorigin>';
const ITALIC = '<link rel="preload" href="/_astro/i.woff2" as="font" type="font/woff2" crossorigin>';

describe("the characters the fonts carry", () => {
  test.each([..."AZaz09¿¡«»áéíóúñüÁÉÍÓÚÑÜ‘’“”–—…·\u00a0"])("%j", (character) => {
    expect(FONT_CHARACTERS).toContain(character);
  });
  test("no character twice", () => {
    expect(new Set(FONT_CHARACTERS).size).toBe([...FONT_CHARACTERS].length);
  });
});

describe("the faces", () => {
  test("a rule per file, with font-display optional and the file's weight range", () => {
    expect(fontFaceRule(FONT_FILES[0]!, "/x.woff2")).toBe(
      [
        "@font-face {",
        '  font-family: "Source Serif 4";',
        '  src: url("/x.woff2") format("woff2");',
        "  font-style: normal;",
        "  font-weight: 400 700;",
        "  font-display: optional;",
        "}",
      ].join("\n"),
    );
  });

  test.each([
    ["serif", "'Source Serif 4'", ["Georgia", "Times New Roman", "Liberation Serif"], "serif"],
    ["sans", "'Inter'", ["Arial", "Liberation Sans"], "sans-serif"],
  ] as const)("the %s stack: the web face, its metric-matched fallbacks, the system's", (kind, face, fallbacks, generic) => {
    const { fontFamily, fontFaces } = fontStack(kind);
    expect(fontFamily[0]).toBe(face);
    expect(fontFamily.at(-1)).toBe(generic);
    for (const system of fallbacks) {
      expect(fontFamily).toContain(`'${face.slice(1, -1)} Fallback: ${system}'`);
      // Regular and bold, each scaled and given the web face's vertical metrics.
      const rules = fontFaces.split("@font-face").filter((rule) => rule.includes(`Fallback: ${system}"`));
      expect(rules.map((rule) => /font-weight: (\d+)/.exec(rule)?.[1])).toEqual(["400", "700"]);
      for (const rule of rules)
        for (const descriptor of ["ascent-override", "descent-override", "size-adjust"]) expect(rule).toContain(descriptor);
    }
  });

  test("the stylesheet has every file's face and the fallbacks", () => {
    const css = fontsCss((file) => `./${file.id}.woff2`);
    for (const file of FONT_FILES) expect(css).toContain(`url("./${file.id}.woff2")`);
    expect(css.match(/@font-face/g)).toHaveLength(FONT_FILES.length + 2 * 5);
  });
});

describe("the italic's preload", () => {
  test.each([
    ["emphasis", `<head>${PRELOADS}</head><p>a <em>b</em></p>`, `<head>${PRELOADS}${ITALIC}</head><p>a <em>b</em></p>`],
    ["a title in <i>", `<head>${PRELOADS}</head><i lang="es">c</i>`, `<head>${PRELOADS}${ITALIC}</head><i lang="es">c</i>`],
    ["no italic", `<head>${PRELOADS}</head><p>a</p>`, `<head>${PRELOADS}</head><p>a</p>`],
    [
      "<img>, <input> and <ins> are not italic",
      `<head>${PRELOADS}</head><img alt=""><ins>x</ins>`,
      `<head>${PRELOADS}</head><img alt=""><ins>x</ins>`,
    ],
    ["no font preloaded", "<p><em>b</em></p>", "<p><em>b</em></p>"],
  ])("%s", (_, html, expected) => {
    expect(withItalicPreload(html, "/_astro/i.woff2")).toBe(expected);
  });

  test("setsItalic", () => {
    expect(setsItalic("<em>")).toBe(true);
    expect(setsItalic("<embed>")).toBe(false);
  });
});
