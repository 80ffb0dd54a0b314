/**
 * Measures a real `astro build` of N synthetic sections (each with a key figure and a timeline event),
 * generated into a scratch content folder; the real content/ is never touched. Used by the benchmark
 * (tests/bench/bench.ts) and the scaling test (tests/build/scaling.test.ts).
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSite } from "../tools/build-site.ts";

const SCRATCH = ".build-staging/bench";

const paragraph = (i: number, n: number) =>
  `Synthetic paragraph ${n} of section ${i}. It stands in for explainer prose of ordinary length so that the build renders, ` +
  `validates and indexes as much text per section as a real part of the story: a few sentences about a subject, ` +
  `a claim attributed to a speaker, and a link back to the overview for readers who arrive here first.`;

function section(i: number): string {
  return `---
title: "Synthetic section ${i}"
navTitle: "Part ${i}"
standfirst: "A generated section used to measure how the build scales."
takeaway: "Generated text; the benchmark measures cost, not content."
order: ${i}
published: "2026-11-25"
updated: "2026-11-25"
---

## Background of ${i}

${paragraph(i, 1)}

<Passage id="passage-${i}">

${paragraph(i, 2)}

</Passage>

## Details of ${i}

${paragraph(i, 3)}

## Outlook of ${i}

${paragraph(i, 4)} See [the overview](/).
`;
}

export function generate(count: number): string {
  const dir = join(SCRATCH, `content-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "sections"), { recursive: true });
  cpSync("content/introduction.mdx", join(dir, "introduction.mdx"));
  const figures: string[] = [];
  const events: string[] = [
    `- id: conference\n  when: { date: "2025-04-09" }\n  text: "The conference."\n  section: introduction\n  pivot: true`,
  ];
  for (let i = 1; i <= count; i++) {
    writeFileSync(join(dir, "sections", `s${String(i).padStart(4, "0")}.mdx`), section(i));
    figures.push(
      `- id: figure-${i}\n  value: "${i}%"\n  label: "of something measured in section ${i}"\n  section: s${String(i).padStart(4, "0")}\n  passage: passage-${i}`,
    );
    events.push(
      `- id: event-${i}\n  when: { year: ${1900 + (i % 120)} }\n  text: "Something happened in section ${i}."\n  section: s${String(i).padStart(4, "0")}\n  passage: passage-${i}`,
    );
  }
  writeFileSync(join(dir, "figures.yaml"), figures.join("\n") + "\n");
  writeFileSync(join(dir, "timeline.yaml"), events.join("\n") + "\n");
  return dir;
}

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

export interface Measurement {
  sections: number;
  seconds: number;
  msPerSection: number;
  peakMiB: number;
  distMiB: number;
}

/** Builds `count` synthetic sections (or the real content when `contentDir` is given) and measures it. */
export async function measureBuild(count: number, contentDir = generate(count)): Promise<Measurement> {
  const outDir = join(SCRATCH, `dist-${count}`);
  const cacheDir = join(SCRATCH, `cache-${count}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const result = await buildSite({ contentDir, outDir, cacheDir });
  if (result.code !== 0) throw new Error(`the build of ${count} sections failed:\n${result.output.slice(-3000)}`);
  const measurement = {
    sections: count,
    seconds: result.seconds,
    msPerSection: (result.seconds * 1000) / count,
    peakMiB: result.peakMiB,
    distMiB: sizeOf(outDir) / 1024 / 1024,
  };
  for (const dir of [outDir, cacheDir, join(SCRATCH, `content-${count}`)]) rmSync(dir, { recursive: true, force: true });
  return measurement;
}
