/** Shared browser-test helpers: every page of the build, and a page that records what it must never do. */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** The axe rules that read colours: all that can change when only colours change (see tests/dist/colours.test.ts). */
export const AXE_COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * axe's violations on the page as it is now (WCAG 2.2 AA and best practices), one line each; with
 * `rules`, only those rules.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  expect(await page.locator("iframe, frame").count(), "axe runs in legacy mode, which does not look inside frames").toBe(0);
  // Legacy mode runs axe once in the page itself. The default mode injects axe into every frame and then
  // again into a fresh page to merge the results: the same findings on our pages (they have no frames),
  // at two to three times the cost.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const results = await (rules ? builder.withRules(rules) : builder.withTags(AXE_TAGS)).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
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

/** Text of the main landmark as written (not as CSS transforms it), whitespace folded. */
export async function mainText(page: Page): Promise<string> {
  return ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");
}
