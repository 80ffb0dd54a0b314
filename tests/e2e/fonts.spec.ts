/**
 * The self-hosted faces in Chromium (src/lib/fonts.ts): once the fonts are in, the headline, the text and
 * the labels are drawn with them (read from the renderer itself, CSS.getPlatformFontsForNode, not from
 * the font-family a style asks for), within the font budget; and fonts that arrive late shift nothing.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import type { CDPSession, Page } from "@playwright/test";
import { BUDGETS, DIST, isFontFile } from "../tools/dist";
import { expect, test } from "./fixtures";

const PAGES = ["/", "/borders/", "/es/", "/es/fronteras/"];
const WIDTHS = [320, 375, 1280];
const SCHEMES = ["light", "dark"] as const;

/** The faces the renderer drew an element's own text with (fallbacks for a missing glyph included). */
async function facesOf(cdp: CDPSession, selector: string): Promise<{ familyName: string; isCustomFont: boolean }[]> {
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  return fonts.map(({ familyName, isCustomFont }) => ({ familyName, isCustomFont }));
}

/** What each part of the page is set in. */
const SET_IN = [
  ["h1", "Source Serif 4"],
  ["main .prose p", "Source Serif 4"],
  ["header a[href]", "Source Serif 4"], // the masthead
  ["main header p, main .font-sans", "Inter"], // the kicker
] as const;

/**
 * The faces of SET_IN once the page is drawn with its fonts. With font-display: optional the renderer waits
 * about 100 ms for a face, even one in the cache, and on a busy machine a load can miss that and keep the
 * fallback for its lifetime (a reader's next page gets the faces). So the page is loaded again, five times
 * at most, until every element is drawn in a self-hosted face; a page that never is fails below.
 */
async function facesOnceLoaded(page: Page, cdp: CDPSession, path: string) {
  let faces: { familyName: string; isCustomFont: boolean }[][] = [];
  for (let load = 0; load < 5; load++) {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    faces = [];
    for (const [selector] of SET_IN) faces.push(await facesOf(cdp, selector));
    if (faces.every((f) => f.length === 1 && f[0]!.isCustomFont)) break;
  }
  return faces;
}

/** Layout shifts so far, summed, once the fonts have settled and two frames are drawn. */
const layoutShift = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: "layout-shift", buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
    observer.disconnect();
    return entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0);
  });

for (const path of PAGES) {
  test(`${path}: headline, text, masthead and labels in the self-hosted faces, within the font budget`, async ({ page }) => {
    // Font files are sent as built (woff2 is compressed already): their bytes are the files' in dist/.
    const fontsLoaded = new Set<string>();
    page.on("request", (request) => {
      const url = new URL(request.url()).pathname;
      if (isFontFile(url)) fontsLoaded.add(url);
    });
    const cdp = await page.context().newCDPSession(page);
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        const at = `${path} at ${width} px, ${colorScheme}`;
        const faces = await facesOnceLoaded(page, cdp, path);
        expect(
          await page.evaluate(() => document.fonts.check('16px "Source Serif 4"') && document.fonts.check("16px Inter")),
          at,
        ).toBe(true);
        SET_IN.forEach(([selector, family], i) => {
          expect(faces[i], `${at}: ${selector}`).toEqual([{ familyName: family, isCustomFont: true }]);
        });
      }
    }
    const total = [...fontsLoaded].reduce((sum, url) => sum + statSync(join(DIST, url)).size, 0);
    expect(fontsLoaded.size, [...fontsLoaded].join(", ")).toBeGreaterThanOrEqual(2);
    expect(total, `${path}: fonts ${[...fontsLoaded].join(", ")}`).toBeLessThanOrEqual(BUDGETS.fonts);
  });

  test(`${path}: fonts that arrive late shift nothing`, async ({ browser, baseURL }) => {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        // A fresh context each time: nothing cached, every font held back for 800 ms.
        const context = await browser.newContext({ baseURL: baseURL!, viewport: { width, height: 800 }, colorScheme });
        const page = await context.newPage();
        let delayed = 0;
        await page.route(/\.woff2$/, async (route) => {
          delayed++;
          await new Promise((resolve) => setTimeout(resolve, 800));
          await route.continue().catch(() => {});
        });
        await page.goto(path);
        await page.waitForFunction(
          () => [...document.fonts].filter((f) => f.status === "loaded" && !/Fallback/.test(f.family)).length >= 2,
        );
        const at = `${path} at ${width} px, ${colorScheme}`;
        expect(delayed, at).toBeGreaterThanOrEqual(2);
        expect(await layoutShift(page), at).toBe(0);
        await context.close();
      }
    }
  });
}
