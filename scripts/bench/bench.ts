/**
 * How long the build takes and how its cost grows: the real site, then 10, 100 and 1,000 synthetic
 * sections, each from an empty build cache, and the largest again after an edit to one of its sections,
 * with build time, time per section, peak memory and the size of dist/, printed as a table.
 * Times depend on the machine, so `npm test` never asserts them; `--check` turns the goals below into
 * a failing exit code, for an idle machine like the one the goals were set on.
 * Then the next part with and without the speculation rules, and offline (./navigation.ts).
 * Usage: npm run bench [-- [--check] [10 100 1000]]
 */
import { existsSync, readdirSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { measureNavigation } from "./navigation.ts";
import { measureBuild, measureRebuild, type Measurement } from "./scaling.ts";

/** Goals on the project's 2-core machine. */
const GOALS = { realSeconds: 15, thousandSeconds: 60, peakMiB: 2048, perSectionGrowth: 1.2 };

const { values, positionals } = parseArgs({ options: { check: { type: "boolean", default: false } }, allowPositionals: true });
const counts = positionals.map(Number).filter(Boolean);

const realSections = readdirSync("content/sections").filter((f) => f.endsWith(".mdx")).length;
const runs: Array<[string, Measurement]> = [["real site", await measureBuild(realSections, "content")]];
const sizes = counts.length ? counts : [10, 100, 1000];
for (const count of sizes) {
  // The largest site is also rebuilt after an edit to one section, with the cache its first build left.
  if (count === Math.max(...sizes)) {
    const { cold, rebuilt } = await measureRebuild(count);
    runs.push([`${count} synthetic`, cold], [`${count}, one edited`, rebuilt]);
    console.log(
      `built ${count} sections in ${cold.seconds.toFixed(1)} s, and again after an edit in ${rebuilt.seconds.toFixed(1)} s`,
    );
  } else {
    runs.push([`${count} synthetic`, await measureBuild(count)]);
    console.log(`built ${count} sections in ${runs.at(-1)![1].seconds.toFixed(1)} s`);
  }
}

const misses: string[] = [];
const real = runs[0]![1];
if (real.seconds > GOALS.realSeconds)
  misses.push(`the real site took ${real.seconds.toFixed(1)} s (goal ${GOALS.realSeconds} s)`);
const synthetic = runs.filter(([name]) => name.endsWith(" synthetic")).map(([, m]) => m);
for (const m of synthetic) {
  if (m.peakMiB > GOALS.peakMiB)
    misses.push(`${m.sections} sections peaked at ${m.peakMiB.toFixed(0)} MiB (goal ${GOALS.peakMiB})`);
  if (m.sections === 1000 && m.seconds > GOALS.thousandSeconds)
    misses.push(`1,000 sections took ${m.seconds.toFixed(1)} s from an empty cache (goal ${GOALS.thousandSeconds} s)`);
}
for (let i = 1; i < synthetic.length; i++) {
  const [before, after] = [synthetic[i - 1]!, synthetic[i]!];
  if (after.msPerSection > before.msPerSection * GOALS.perSectionGrowth)
    misses.push(`time per section grew from ${before.msPerSection.toFixed(1)} to ${after.msPerSection.toFixed(1)} ms`);
}

const header = ["build", "sections", "build s", "of which compressing", "ms per section", "peak MiB", "dist MiB"];
const rows = runs.map(([name, m]) => [
  name,
  String(m.sections),
  m.seconds.toFixed(1),
  m.compressSeconds.toFixed(1),
  m.msPerSection.toFixed(1),
  m.peakMiB.toFixed(0),
  (m.distBytes / 2 ** 20).toFixed(1),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log(
  [
    `\nBuild cost on ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
    line(header),
    ...rows.map(line),
    misses.length ? `\nGoals missed:\n${misses.map((m) => `  - ${m}`).join("\n")}` : "\nEvery goal met.",
  ].join("\n"),
);
// The next part with and without the speculation rules, and offline (issue 23), on the last build's dist/.
console.log(existsSync("dist/index.html") ? await measureNavigation() : "\nNo dist/: run `npm run build` to time the next part.");
if (values.check && misses.length) process.exit(1);
