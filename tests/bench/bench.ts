/**
 * How the build's cost grows with content: builds 10, 100 and 1,000 synthetic sections and prints build
 * time, time per section, peak memory and the size of dist/ for each.
 * Usage: npm run bench [-- 10 100 1000]
 */
import { cpus, totalmem } from "node:os";
import { measureBuild } from "./scaling.ts";

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length ? sizes : [10, 100, 1000];

const rows: string[][] = [];
for (const count of counts) {
  const m = await measureBuild(count);
  rows.push([String(count), m.seconds.toFixed(1), m.msPerSection.toFixed(1), m.peakMiB.toFixed(0), m.distMiB.toFixed(1)]);
  console.log(`built ${count} sections in ${m.seconds.toFixed(1)} s`);
}

const header = ["sections", "build s", "ms per section", "peak MiB", "dist MiB"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join("  ");
console.log(
  [
    `\nBuild cost on ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    line(header),
    ...rows.map(line),
  ].join("\n"),
);
