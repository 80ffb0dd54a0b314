/** Shared browser-test helpers: every page of the build, and a page that records what it must never do. */
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

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
