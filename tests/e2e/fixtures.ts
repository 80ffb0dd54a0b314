/** Shared browser-test helpers: every page of the build, and a page that records what it must never do. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import { test as base, expect, type ConsoleMessage, type Page, type Request } from "@playwright/test";

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

/**
 * Lets the page run the tasks it has already queued (the events of a CSP violation among them), so that
 * what they report through an exposed function has arrived.
 */
export const queuedTasksRun = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** Console errors, page errors and requests to any host other than the local server. */
export interface Watch {
  errors: string[];
  offsite: string[];
  /** Resolves once every request the page has started so far has finished or failed (at once if none is open). */
  settled(): Promise<void>;
}

export const test = base.extend<{ watch: Watch }, { workerPage: Page }>({
  watch: async ({ page, baseURL }, use) => {
    const open = new Set<Request>();
    let waiting: (() => void)[] = [];
    const watch: Watch = {
      errors: [],
      offsite: [],
      settled: () => (open.size === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    };
    const origin = new URL(baseURL!).origin;
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === "error") watch.errors.push(message.text());
    };
    const onPageError = (error: Error) => watch.errors.push(error.message);
    const onRequest = (request: Request) => {
      const url = request.url();
      if (url.startsWith("data:")) return;
      open.add(request);
      if (!url.startsWith(origin)) watch.offsite.push(url);
    };
    const onRequestDone = (request: Request) => {
      open.delete(request);
      if (open.size > 0) return;
      for (const resolve of waiting) resolve();
      waiting = [];
    };
    page.on("console", onConsole);
    page.on("pageerror", onPageError);
    page.on("request", onRequest);
    page.on("requestfinished", onRequestDone);
    page.on("requestfailed", onRequestDone);
    await use(watch);
    // The page may outlive the test (readingTest's).
    page.off("console", onConsole);
    page.off("pageerror", onPageError);
    page.off("request", onRequest);
    page.off("requestfinished", onRequestDone);
    page.off("requestfailed", onRequestDone);
  },
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      // The project's own options (Desktop Chrome's, and the address of the server), as a fresh page has.
      const { baseURL, viewport, userAgent, deviceScaleFactor } = workerInfo.project.use;
      // No service worker: each load is a first visit's, as on a fresh page (the offline suite and the
      // engine suite test the worker).
      const context = await browser.newContext({
        baseURL: baseURL!,
        viewport: viewport ?? null,
        userAgent: userAgent!,
        deviceScaleFactor: deviceScaleFactor!,
        serviceWorkers: "block",
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
});

/**
 * `test` for tests that only open pages and read them: their `page` is one page that the tests of a
 * worker take turns with, set back before each test to the test's viewport and media (its options,
 * `test.use` included), with the pointer outside it. A fresh context and page cost
 * about as much CPU as loading the page itself. A test that needs its own context, storage, permissions,
 * init scripts or the service worker uses `test`.
 */
export const readingTest = test.extend({
  page: async ({ workerPage: page, viewport, colorScheme, reducedMotion, forcedColors }, use) => {
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({
      media: null,
      colorScheme: colorScheme ?? "light",
      reducedMotion: reducedMotion ?? "no-preference",
      forcedColors: forcedColors ?? "none",
    });
    await page.mouse.move(-1, -1);
    await use(page);
    // The page stays as it is (loading another document here, even a small one, cost 13 of the 29 CPU-s
    // saved), at an address no test opens, so that a later test's first address always loads a new
    // document, even one that differs from this test's last only by its #fragment.
    // (A test that ends while a navigation is under way leaves no document to rename: that one loads another.)
    await page.evaluate(() => history.replaceState(null, "", "/reading-test-done")).catch(() => page.goto("/robots.txt"));
  },
});
