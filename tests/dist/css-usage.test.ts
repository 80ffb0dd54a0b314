/**
 * Each page carries only the CSS it uses (issue 30): of a page's CSS rules outside `@media print`, at
 * most 20% may match nothing in that page once hover, focus, active, visited and :target are taken off
 * (src/lib/css-usage.ts). Every page inlines the same bundle, and the build prunes it per page
 * (src/integrations/css-prune.ts); before that step, 26% (/borders/) to 60% (/404.html) matched nothing.
 */
import { parse, type Selector } from "css-what";
import postcss from "postcss";
import { describe, expect, test } from "vitest";
import { cspHash, cspOf } from "../../src/lib/csp";
import { inlineStyles, unusedRules, unusedShare } from "../../src/lib/css-usage";
import { htmlFiles, readDist } from "../tools/dist";

const GOAL = 0.2;
const pages = htmlFiles();

describe.each(pages)("%s", (file) => {
  const html = readDist(file);

  test(`at most ${GOAL * 100}% of its CSS rules match nothing in it`, () => {
    const usage = unusedRules(html);
    expect(usage.rules).toBeGreaterThan(50);
    expect(unusedShare(usage), `unused: ${usage.unused.join(" ; ")}`).toBeLessThanOrEqual(GOAL);
  });

  test("its CSP allows each of its inline styles as pruned", () => {
    const policy = cspOf(html)!;
    for (const css of inlineStyles(html)) expect(policy).toContain(`'${cspHash(css)}'`);
  });
});

test("the summary's print layout reaches the summary pages and no other", () => {
  const withLayout = pages.filter((file) => inlineStyles(readDist(file)).some((css) => css.includes(".summary-qr svg{width:")));
  expect(withLayout).toEqual(["es/resumen/index.html", "summary/index.html"]);
});

/** The classes a sheet's selectors name, inside :is(), :where() and :not() too. */
function classesStyled(css: string): Set<string> {
  const found = new Set<string>();
  const walk = (selector: Selector[]) => {
    for (const token of selector) {
      if (token.type === "attribute" && token.name === "class" && token.action === "element") found.add(token.value);
      if (token.type === "pseudo" && Array.isArray(token.data)) token.data.forEach(walk);
    }
  };
  postcss.parse(css).walkRules((rule) => parse(rule.selector).forEach(walk));
  return found;
}

test("no Tailwind class a page uses (a variant or an arbitrary value) lost its rule on every page", () => {
  const styled = new Set(pages.flatMap((file) => inlineStyles(readDist(file)).flatMap((css) => [...classesStyled(css)])));
  const used = new Set(pages.flatMap((file) => [...readDist(file).matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/))));
  const tailwind = [...used].filter((name) => /[:[]/.test(name));
  expect(tailwind.length).toBeGreaterThan(20);
  expect(tailwind.filter((name) => !styled.has(name))).toEqual([]);
});
