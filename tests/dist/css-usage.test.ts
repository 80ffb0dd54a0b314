/**
 * Each page carries only the CSS it uses (issue 30): of a page's CSS rules outside `@media print`, at
 * most 20% may match nothing in that page once hover, focus, active, visited and :target are taken off
 * (src/lib/css-usage.ts). Every page inlines the same bundle, and the build prunes it per page
 * (src/integrations/css-prune.ts); before that step, 26% (/borders/) to 60% (/404.html) matched nothing.
 */
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
  const withLayout = pages.filter((file) => inlineStyles(readDist(file)).some((css) => css.includes(".summary-qr svg{width:20mm")));
  expect(withLayout).toEqual(["es/resumen/index.html", "summary/index.html"]);
});
