/** Shared browser-test helpers: every page of the build, and a page that records what it must never do. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** The axe rules that read colours: all that can change when only colours change (see tests/dist/colours.test.ts). */
export const AXE_COLOUR_RULES = ["color-contrast", "link-in-text-block"];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe's violations on the page as it is now (WCAG 2.2 AA and best practices), one line each; with
 * `rules`, only those rules. axe is put into the page once and run there as often as asked (the page's
 * CSP does not apply to Playwright's evaluate), asking for violations alone: @axe-core/playwright's
 * builder injects it again on every call and details every rule that passed, four times the cost.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  expect(await page.locator("iframe, frame").count(), "axe runs in the page alone, not inside frames").toBe(0);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, rules }) => {
      const { axe } = window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
      const runOnly = rules ? { type: "rule" as const, values: rules } : { type: "tag" as const, values: tags };
      return (await axe.run(document, { runOnly, resultTypes: ["violations"] })).violations;
    },
    { tags: AXE_TAGS, rules },
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Collects the page's Content-Security-Policy violations (directive and blocked URI) from now on. */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  return violations;
}

/** Console errors, page errors and requests to any host other than the local server. */
export interface Watch {
  errors: string[];
  offsite: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch: Watch = { errors: [], offsite: [] };
    const origin = new URL(baseURL!).origin;
    page.on("console", (message) => {
      if (message.type() === "error") watch.errors.push(message.text());
    });
    page.on("pageerror", (error) => watch.errors.push(error.message));
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:")) watch.offsite.push(url);
    });
    await use(watch);
  },
});
