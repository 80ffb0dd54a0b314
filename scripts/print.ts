/**
 * Prints pages to PDF the way a reader's Chromium would, for a person to look at.
 * Usage (with dist/ served on :4321): node scripts/print.ts /summary/ /borders/  -> screenshots/print-*.pdf
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./lib/chromium.mjs";

const base = process.env["BASE_URL"] ?? "http://127.0.0.1:4321";
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/summary/"];
mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs });
for (const path of paths) {
  const page = await browser.newPage({ colorScheme: "dark" });
  await page.goto(base + path);
  for (const format of ["A4", "Letter"] as const) {
    const name = path === "/" ? "home" : path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");
    await page.pdf({ path: `screenshots/print-${name}-${format}.pdf`, format });
  }
  await page.close();
}
await browser.close();
console.log("PDFs in screenshots/");
