/**
 * Screenshots of built pages for a person to look at: phone and desktop, light and dark, and print.
 * Usage (with dist/ served on :4321, e.g. `npm run preview`):
 *   node scripts/screenshots.ts [path ...]      -> screenshots/*.png
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./lib/chromium.mjs";

const base = process.env["BASE_URL"] ?? "http://127.0.0.1:4321";
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/", "/borders/"];
mkdirSync("screenshots", { recursive: true });

const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs });
const widths = [
  ["phone", 375],
  ["desktop", 1280],
] as const;
for (const path of paths) {
  const name = path === "/" ? "home" : path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");
  for (const [device, width] of widths) {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
      // The fonts show from a reader's second page on (font-display: optional, src/lib/fonts.ts): the
      // first load fetches them, the second is the one pictured.
      await page.goto(base + path);
      await page.evaluate(() => document.fonts.ready);
      await page.reload();
      await page.screenshot({ path: `screenshots/${name}-${device}-${colorScheme}.png`, fullPage: true });
      await page.close();
    }
  }
}
await browser.close();
console.log(`screenshots of ${paths.join(", ")} in screenshots/`);
