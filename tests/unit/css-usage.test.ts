import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CHANGING_ATTRIBUTES, pruneCss, pruningMatcher, unusedRules, unusedShare } from "../../src/lib/css-usage";

const page = (body: string, css: string) => `<!doctype html><html><head><style>${css}</style></head><body>${body}</body></html>`;

describe("the measure: rules outside print whose selectors match nothing, states aside", () => {
  test.each([
    ["a rule for an element on the page", `<p class="a">x</p>`, ".a{color:red}", []],
    ["a rule for a class the page lacks", `<p class="a">x</p>`, ".b{color:red}", [".b"]],
    ["one matching selector of a list is enough", `<p class="a">x</p>`, ".b,.a{color:red}", []],
    [
      "hover, focus and active are taken off",
      `<a class="a" href="#">x</a>`,
      ".a:hover,.a:focus-visible{color:red}.b:active{color:red}",
      [".b:active"],
    ],
    ["focus-within and visited too", `<nav><a href="/">x</a></nav>`, "nav:focus-within a:visited{color:red}", []],
    ["a followed link's :target", `<p id="x" class="passage">x</p>`, ".passage:target{color:red}", []],
    ["a state alone stands for any element", `<ul><li>x</li></ul>`, "ul>:hover{color:red}", []],
    ["pseudo-elements belong to their element", `<p class="a">x</p>`, ".a::before{content:''}.b:after{content:''}", [".b:after"]],
    [
      "a state inside :is() or :where()",
      `<div class="group"><p class="g">x</p></div>`,
      ":is(:where(.group):hover .g){color:red}",
      [],
    ],
    [
      "Tailwind's arbitrary values and variants",
      `<div class="lg:grid-cols-[minmax(0,68ch)_minmax(18rem,26rem)]"><a class="aria-[current=page]:font-bold" aria-current="page">x</a></div>`,
      ".lg\\:grid-cols-\\[minmax\\(0\\,68ch\\)_minmax\\(18rem\\,26rem\\)\\]{color:red}.aria-\\[current\\=page\\]\\:font-bold[aria-current=page]{color:red}",
      [],
    ],
    ["structure counts: a descendant must be inside", `<p class="a"></p><p class="b"></p>`, ".a .b{color:red}", [".a .b"]],
    // Only the elements with the last compound's class (or name) are tested: each case needs the one that matches.
    [
      "the second element with the class is the one inside",
      `<p class="b"></p><div class="a"><p class="b"></p></div>`,
      ".a .b{color:red}",
      [],
    ],
    [
      "the last compound's name, without a class",
      `<p></p><ul class="a"><li>x</li></ul>`,
      ".a>li{color:red}p>li{color:red}",
      ["p>li"],
    ],
    [
      "a class the last compound shares with a name",
      `<p class="b"></p><span class="b"><em class="c">x</em></span>`,
      "span.b .c{color:red}p.b .c{color:red}",
      ["p.b .c"],
    ],
    ["a class repeated on one element", `<div class="a"><p class="b b">x</p></div>`, ".a .b{color:red}", []],
    [
      "no class and no name: any element",
      `<div class="a"><p>x</p><p>y</p></div>`,
      ".a>:nth-child(2){color:red}.a>:nth-child(3){color:red}",
      [".a>:nth-child(3)"],
    ],
    ["negation counts", `<p class="a">x</p>`, ".a:not(p){color:red}", [".a:not(p)"]],
    [
      "rules nested in @media, @supports and @layer count",
      `<p>x</p>`,
      "@layer x{@media (width>=1px){p{color:red}b{color:red}}}",
      ["b"],
    ],
    ["dark-scheme rules count", `<p>x</p>`, "@media (prefers-color-scheme:dark){i{color:red}}", ["i"]],
    ["print rules are left out", `<p>x</p>`, "@media print{i{color:red}p{color:red}}p{color:blue}", []],
    ["keyframe selectors are not rules", `<p>x</p>`, "@keyframes k{from{opacity:0}to{opacity:1}}p{animation:k 1s}", []],
    [":host matches nothing in a page", `<p>x</p>`, ":root,:host{--x:1}:host{--y:1}", [":host"]],
  ])("%s", (_name, body, css, unused) => {
    expect(unusedRules(page(body, css)).unused).toEqual(unused);
  });

  test("counts the rules of every inline style; the share is unused over counted", () => {
    const usage = unusedRules(`<style>p{color:red}</style><style>i{color:red}b{color:red}</style><p>x</p>`);
    expect(usage).toEqual({ rules: 3, unused: ["i", "b"] });
    expect(unusedShare(usage)).toBeCloseTo(2 / 3);
    expect(unusedShare({ rules: 0, unused: [] })).toBe(0);
  });
});

describe("pruning: a page's CSS without the rules that cannot apply to it", () => {
  const prune = (body: string, css: string) => pruneCss(css, pruningMatcher(page(body, css)));

  test.each([
    ["drops a rule for an absent class", `<p class="a">x</p>`, ".a{color:red}.b{color:red}", ".a{color:red}"],
    ["keeps a rule whole when one selector matches", `<p class="a">x</p>`, ".b,.a{color:red}", ".b,.a{color:red}"],
    [
      "keeps hover and focus rules of present elements",
      `<a class="a" href="/">x</a>`,
      ".a:hover{color:red}.b:focus{color:red}",
      ".a:hover{color:red}",
    ],
    ["keeps :target rules", `<p class="passage" id="p">x</p>`, ".passage:target{color:red}", ".passage:target{color:red}"],
    [
      "keeps the dark scheme and forced colours of present elements, drops blocks left empty",
      `<p class="a">x</p>`,
      "@media (prefers-color-scheme:dark){.a{color:red}.b{color:red}}@media (forced-colors:active){.b{color:red}}",
      "@media (prefers-color-scheme:dark){.a{color:red}}",
    ],
    [
      "tests print rules against the page too",
      `<p class="a">x</p>`,
      "@media print{.a{color:red}.summary-qr svg{width:20mm}}@media print{.b{color:red}}",
      "@media print{.a{color:red}}",
    ],
    [
      "keeps the rules of a closed <details> opened later",
      `<details class="nav"><summary>x</summary><nav>y</nav></details>`,
      ".nav[open] nav{display:block}.nav:open nav{display:block}",
      ".nav[open] nav{display:block}.nav:open nav{display:block}",
    ],
    [
      "keeps the rules of a button a script disables",
      `<button class="save">x</button>`,
      ".save:disabled{opacity:.5}.save[disabled]{opacity:.5}",
      ".save:disabled{opacity:.5}.save[disabled]{opacity:.5}",
    ],
    [
      "keeps :empty rules of a status line a script writes into",
      `<span class="status">x</span>`,
      ".status:empty{display:none}",
      ".status:empty{display:none}",
    ],
    ["keeps a rule its :not() alone rules out", `<p class="a">x</p>`, ".a:not(p){color:red}", ".a:not(p){color:red}"],
    [
      "keeps what has no selector: custom properties, @property, @page, @font-face, keyframes",
      `<p>x</p>`,
      ':root{--x:1}@property --y{syntax:"*";inherits:false}@page{margin:1cm}@font-face{font-family:F;src:url(f.woff2)}@keyframes k{from{opacity:0}}',
      ':root{--x:1}@property --y{syntax:"*";inherits:false}@page{margin:1cm}@font-face{font-family:F;src:url(f.woff2)}@keyframes k{from{opacity:0}}',
    ],
    ["keeps a rule it cannot evaluate", `<p>x</p>`, "p:unknown-state{color:red}", "p:unknown-state{color:red}"],
    [
      "keeps the layer order statement and drops emptied layers",
      `<p>x</p>`,
      "@layer a,b;@layer a{p{color:red}}@layer b{i{color:red}}",
      "@layer a,b;@layer a{p{color:red}}",
    ],
  ])("%s", (_name, body, css, pruned) => {
    expect(prune(body, css)).toBe(pruned);
  });

  test("returns the very text when nothing goes", () => {
    const css = "p{color:red}\n/* note */ p:hover { color: blue }";
    expect(prune("<p>x</p>", css)).toBe(css);
  });

  test("a pruned page has nothing left for the measure to find", () => {
    const css = ".a{color:red}.b{color:red}@media (width>=1px){.c .a{color:red}}p:hover{color:red}";
    const html = page(`<p class="a">x</p>`, css);
    expect(unusedShare(unusedRules(html))).toBe(0.5);
    expect(unusedRules(page(`<p class="a">x</p>`, pruneCss(css, pruningMatcher(html)))).unused).toEqual([]);
  });
});

/**
 * Pruning keeps the rules of the states above, but not of classes or attributes a script adds after load:
 * a script that did would lose its rules on every page whose HTML lacks them. This reads every script of
 * src/ and fails on one that changes classes or attributes other than CHANGING_ATTRIBUTES.
 */
describe("the site's scripts", () => {
  const root = join(import.meta.dirname, "../../src");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".astro"));
  const scripts = files.flatMap((file) =>
    [
      ...readFileSync(join(root, file), "utf8").matchAll(
        /<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
      ),
    ].map((match) => ({ file, code: match[1]! })),
  );

  test("there are scripts to read", () => {
    expect(scripts.length).toBeGreaterThanOrEqual(4);
  });

  test("add no class and set no attribute; properties they set are attributes pruning keeps", () => {
    for (const { file, code } of scripts) {
      expect(code, file).not.toMatch(/\b(classList|className|setAttribute|toggleAttribute|removeAttribute)\b/);
      for (const [, property] of code.matchAll(/\.(disabled|open|hidden|checked|selected)\s*=(?!=)/g)) {
        expect(CHANGING_ATTRIBUTES, `${file} sets .${property}`).toContain(property);
      }
    }
  });
});
