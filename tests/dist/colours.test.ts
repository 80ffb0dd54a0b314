/**
 * The dark scheme changes colours and nothing else: no size, space, display or visibility. That is what
 * lets the browser suite run axe's colour rules alone in the dark scheme (tests/e2e/reading.spec.ts),
 * after every rule in the light one.
 */
import { describe, expect, test } from "vitest";
import { htmlFiles, readDist } from "../tools/dist";

/** Properties that only paint: none of them moves, sizes, shows or hides anything. */
const PAINT_ONLY =
  /^(color|background-color|border(-(top|right|bottom|left|block|inline))?-color|outline-color|(-webkit-)?text-decoration-color|fill|stroke|box-shadow|--tw-prose-[a-z-]+)$/;

/** Every declaration inside a `prefers-color-scheme: dark` at-rule of a style sheet, as "property: value". */
export function darkDeclarations(css: string): string[] {
  const found: string[] = [];
  const preludes: string[] = [];
  let text = "";
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, "")) {
    if (char === "{") {
      preludes.push(text.trim());
      text = "";
    } else if (char === "}" || char === ";") {
      if (preludes.some((p) => p.startsWith("@") && /prefers-color-scheme:\s*dark/.test(p)) && text.includes(":")) {
        found.push(text.trim());
      }
      text = "";
      if (char === "}") preludes.pop();
    } else {
      text += char;
    }
  }
  return found;
}

describe("the dark scheme", () => {
  test("the reader finds declarations inside nested at-rules", () => {
    expect(darkDeclarations("a{color:red}@media (prefers-color-scheme:dark){b{color:blue;margin:0}@media (hover:hover){c:hover{top:0}}}")).toEqual([
      "color:blue",
      "margin:0",
      "top:0",
    ]);
  });

  test.each(htmlFiles())("%s: changes only colours", (file) => {
    const css = [...readDist(file).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join("\n");
    const declarations = darkDeclarations(css);
    expect(declarations.length).toBeGreaterThan(10);
    expect(declarations.filter((d) => !PAINT_ONLY.test(d.slice(0, d.indexOf(":")).trim()))).toEqual([]);
  });
});
