#!/usr/bin/env node
// Lighthouse (mobile and desktop) on every page of dist/, served on loopback by the site's static
// server, in the same Chromium as the browser tests, printed as a table. Reports go to
// reports/lighthouse/ (ignored by git).
//   npm run lighthouse                        all four categories; fails below 100 in accessibility,
//                                             best practices or SEO
//   npm run lighthouse -- --min-performance 100   also fails below that performance score
//   node scripts/lighthouse.mjs --no-performance --per-template   what `npm test` runs: performance
//                                             depends on the machine's speed and load, so the suite leaves
//                                             it out; and one page per template (the parts share one
//                                             layout), the editions taking turns, English on mobile and
//                                             Spanish on desktop; axe, the HTML validator and the metadata
//                                             tests check every page one by one
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { chromiumArgs, chromiumPath } from "./lib/chromium.mjs";
import { editionOf, PAGES, sections } from "./lib/content.ts";

const DIST = "dist";
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4323);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = "reports/lighthouse";
const { values: options } = parseArgs({
  options: {
    "no-performance": { type: "boolean", default: false },
    "min-performance": { type: "string" },
    "per-template": { type: "boolean", default: false },
  },
});
const minPerformance = options["min-performance"] === undefined ? undefined : Number(options["min-performance"]);
if (minPerformance !== undefined && !(minPerformance >= 0 && minPerformance <= 100)) {
  console.error(`lighthouse: --min-performance takes a score from 0 to 100, not "${options["min-performance"]}"`);
  process.exit(2);
}
/** Categories whose score does not depend on the machine's speed: every page must score 100 in them. */
const EXACT = ["accessibility", "best-practices", "seo"];
const CATEGORIES = options["no-performance"] ? EXACT : ["performance", ...EXACT];
/** The lowest score a category may have, or undefined where a low score is only reported. */
const floor = (category) => (category === "performance" ? minPerformance : 100);

function pages() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === "index.html") found.push(`/${relative(DIST, dir).split(sep).join("/")}${dir === DIST ? "" : "/"}`);
    }
  };
  walk(DIST);
  found.sort();
  if (!options["per-template"]) return found;
  // One page per template (every part is the same template), the editions taking turns: each edition and
  // each form factor is measured, and axe, the HTML validator and the metadata tests check every page.
  const templates = [PAGES.home.en, sections("es")[0]?.path, PAGES.summary.en, PAGES.about.es, PAGES.glossary.en];
  const absent = templates.filter((path) => !found.includes(path));
  if (absent.length) throw new Error(`lighthouse: no page at ${absent.join(", ")} in ${DIST}/`);
  return templates;
}

const FORM_FACTORS = [
  ["mobile", undefined],
  ["desktop", desktopConfig],
];
/**
 * Every page runs in both form factors; with --per-template, one run per template: English pages on
 * mobile, Spanish ones on desktop, so that each edition is measured for what depends on its language
 * (lang, link names, hreflang) and each form factor is measured.
 */
function formFactorsFor(path) {
  if (!options["per-template"]) return FORM_FACTORS;
  return [FORM_FACTORS[editionOf(path) === "en" ? 0 : 1]];
}

async function waitForServer() {
  // Up to a minute: a busy machine can be slow to start a process.
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the static server did not start on ${ORIGIN}`);
}

mkdirSync(OUT, { recursive: true });
const server = spawn(process.execPath, ["scripts/serve.mjs", DIST, "--port", String(PORT)], { stdio: "ignore" });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ["--headless=new", ...chromiumArgs],
});
const rows = [];
/** Pages and categories below their floor. */
const failed = [];
let version = "";
try {
  await waitForServer();
  for (const path of pages()) {
    for (const [formFactor, config] of formFactorsFor(path)) {
      const run = () =>
        lighthouse(
          `${ORIGIN}${path}`,
          // No full-page screenshot: it only illustrates the HTML report, and costs seconds a run.
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES, disableFullPageScreenshot: true },
          config,
        );
      let result = await run();
      // A run that failed to measure (a runtime error, a category without a score) says nothing about
      // the page: measure once more. A real score below 100 is never retried.
      const failedToMeasure = (r) => r.lhr.runtimeError || CATEGORIES.some((c) => !r.lhr.categories[c]?.score);
      if (failedToMeasure(result)) {
        console.warn(
          `lighthouse: ${path} (${formFactor}) was not measured (${result.lhr.runtimeError?.code ?? "no score"}); measuring again`,
        );
        result = await run();
      }
      const name = `${path === "/" ? "home" : path.replaceAll("/", "")}-${formFactor}`;
      writeFileSync(join(OUT, `${name}.json`), result.report);
      version = result.lhr.lighthouseVersion;
      const scores = CATEGORIES.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
      const misses = Object.values(result.lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== "informative" &&
            a.scoreDisplayMode !== "notApplicable" &&
            a.scoreDisplayMode !== "manual",
        )
        .map((a) => a.id);
      const below = CATEGORIES.filter((c, i) => floor(c) !== undefined && scores[i] < floor(c));
      if (below.length) failed.push(`${path} (${formFactor}): ${below.join(", ")}`);
      rows.push([path, formFactor, ...scores.map(String), scores.some((s) => s < 100) ? misses.join(", ") : ""]);
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}

const SHORT = { performance: "perf", accessibility: "a11y", "best-practices": "best", seo: "seo" };
const header = ["page", "form factor", ...CATEGORIES.map((c) => SHORT[c]), "audits below 1 (when a score < 100)"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells
    .map((c, i) => c.padEnd(widths[i]))
    .join("  ")
    .trimEnd();
console.log([`Lighthouse ${version} on ${ORIGIN} (reports in ${OUT}/)`, line(header), ...rows.map(line)].join("\n"));
const floors = CATEGORIES.map((c) => `${SHORT[c]} ${floor(c) === undefined ? "reported only" : `at least ${floor(c)}`}`);
if (failed.length) {
  console.error(`lighthouse: below the floor (${floors.join(", ")}):\n${failed.map((f) => `  - ${f}`).join("\n")}`);
  process.exit(1);
}
const scope = options["per-template"] ? "one page per template, the editions taking turns" : "every page";
const factors = options["per-template"] ? "English on mobile, Spanish on desktop" : "mobile and desktop";
console.log(`lighthouse: ${rows.length} runs (${scope}, ${factors}), every floor met (${floors.join(", ")})`);
