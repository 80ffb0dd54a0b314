/**
 * Measures a real `astro build` of N synthetic sections (each with a key figure and a timeline event),
 * generated into a scratch content folder; the real content/ is never touched. Used by the benchmark
 * (scripts/bench/bench.ts) and the scaling test (tests/build/scaling.test.ts).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { readMdx } from "../../src/lib/content-gate.ts";
import { buildSite, scratchFolder } from "../lib/build-site.ts";

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

/** The id of synthetic section `i`; its page is at `/<id>/`. */
export const syntheticId = (i: number) => `s${String(i).padStart(4, "0")}`;

/** The same section in the Spanish edition: same id and passage, its own slug and words. */
function spanishSection(i: number): string {
  const [, body] = section(i).split(/\n---\n/);
  return `---
title: "Sección sintética ${i}"
navTitle: "Parte ${i}"
slug: "seccion-${i}"
standfirst: "Una sección generada para medir cómo escala la compilación."
takeaway: "Texto generado; la prueba mide el costo, no el contenido."
---
${body}`;
}

/** Writes `count` synthetic sections, with a figure and an event each, into `dir`, in both editions. */
export function generate(count: number, dir: string): string {
  mkdirSync(join(dir, "es", "sections"), { recursive: true });
  mkdirSync(join(dir, "sections"), { recursive: true });
  // The introduction links its terms to the glossary: keep those entries, pointed at the introduction.
  const introTerms = new Set(readMdx(readFileSync("content/introduction.mdx", "utf8")).terms);
  for (const edition of ["", "es/"]) {
    cpSync(`content/${edition}introduction.mdx`, join(dir, edition, "introduction.mdx"));
    cpSync(`content/${edition}texts.yaml`, join(dir, edition, "texts.yaml"));
    cpSync(`content/${edition}about.mdx`, join(dir, edition, "about.mdx"));
    writeFileSync(
      join(dir, edition, "glossary.yaml"),
      (parse(readFileSync(`content/${edition}glossary.yaml`, "utf8")) as { id: string; term: string; says: string }[])
        .filter((entry) => introTerms.has(entry.id))
        .map(({ id, term, says }) => `- ${JSON.stringify({ id, term, says, ...(edition ? {} : { part: "introduction" }) })}`)
        .join("\n") + "\n",
    );
  }
  const figures: string[] = [];
  const events: string[] = [
    `- id: conference\n  when: { date: "2025-04-09" }\n  text: "The conference."\n  section: introduction\n  pivot: true`,
  ];
  const esFigures: string[] = [];
  const esEvents: string[] = [`- id: conference\n  text: "La conferencia."`];
  for (let i = 1; i <= count; i++) {
    writeFileSync(join(dir, "sections", `${syntheticId(i)}.mdx`), section(i));
    writeFileSync(join(dir, "es", "sections", `${syntheticId(i)}.mdx`), spanishSection(i));
    esFigures.push(`- id: figure-${i}\n  value: "${i}\u00a0%"\n  label: "de algo medido en la sección ${i}"`);
    esEvents.push(`- id: event-${i}\n  text: "Algo pasó en la sección ${i}."`);
    figures.push(
      `- id: figure-${i}\n  kind: percentage\n  value: "${i}%"\n  label: "of something measured in section ${i}"\n  section: ${syntheticId(i)}\n  passage: passage-${i}`,
    );
    events.push(
      `- id: event-${i}\n  when: { year: ${1900 + (i % 120)} }\n  text: "Something happened in section ${i}."\n  section: ${syntheticId(i)}\n  passage: passage-${i}`,
    );
  }
  writeFileSync(join(dir, "figures.yaml"), figures.join("\n") + "\n");
  writeFileSync(join(dir, "timeline.yaml"), events.join("\n") + "\n");
  writeFileSync(join(dir, "es", "figures.yaml"), esFigures.join("\n") + "\n");
  writeFileSync(join(dir, "es", "timeline.yaml"), esEvents.join("\n") + "\n");
  writeFileSync(join(dir, "places.yaml"), "[]\n");
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
  /** Seconds the build spent precompressing its output, as its log reports them. */
  compressSeconds: number;
  distBytes: number;
  /** Bytes of each page's HTML, by path ("/s0005/"). */
  pageBytes: Map<string, number>;
}

function pageSizes(outDir: string, path = "/"): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const name of readdirSync(join(outDir, path))) {
    const rel = `${path}${name}`;
    if (statSync(join(outDir, rel)).isDirectory()) for (const [p, b] of pageSizes(outDir, `${rel}/`)) sizes.set(p, b);
    else if (name === "index.html") sizes.set(path, readFileSync(join(outDir, rel)).length);
  }
  return sizes;
}

/** Builds `content` into `outDir` once and measures it. */
async function measureOnce(
  count: number,
  content: string,
  outDir: string,
  cacheDir: string,
  root?: string,
): Promise<Measurement> {
  const result = await buildSite({ contentDir: content, outDir, cacheDir, ...(root ? { root } : {}) });
  if (result.code !== 0) throw new Error(`the build of ${count} sections failed:\n${result.output.slice(-3000)}`);
  return {
    sections: count,
    seconds: result.seconds,
    msPerSection: (result.seconds * 1000) / count,
    peakMiB: result.peakMiB,
    compressSeconds: Number(/\[centsec:precompress\] .* in ([\d.]+) s/.exec(result.output)?.[1] ?? Number.NaN),
    distBytes: sizeOf(outDir),
    pageBytes: pageSizes(outDir),
  };
}

/**
 * Builds `count` synthetic sections (or, with `contentDir`, that content: `count` is then the number of
 * sections in it) in a scratch folder, measures it, and removes everything it wrote. With `root` (a
 * `projectCopy`), the build runs in that copy, so that it can run beside another build.
 */
export async function measureBuild(count: number, contentDir?: string, root?: string): Promise<Measurement> {
  const scratch = scratchFolder(`bench-${count}`);
  try {
    // Astro wants the content inside the root it builds: in a copy, the synthetic sections go into the copy.
    const content =
      contentDir ??
      (root ? relative(root, generate(count, join(root, `synthetic-${count}`))) : generate(count, join(scratch.dir, "content")));
    return await measureOnce(count, content, resolve(scratch.dir, "dist"), resolve(scratch.dir, "cache"), root);
  } finally {
    scratch.remove();
  }
}

/**
 * Builds `count` synthetic sections from nothing (an empty build cache), then edits one section, as an
 * editor would, and builds again with the cache the first build left: preview cards and compressed files
 * are kept by content there, so the second build draws and compresses only what the edit changed.
 */
export async function measureRebuild(count: number): Promise<{ cold: Measurement; rebuilt: Measurement }> {
  const scratch = scratchFolder(`bench-${count}`);
  try {
    const content = generate(count, join(scratch.dir, "content"));
    const [outDir, cacheDir] = [resolve(scratch.dir, "dist"), resolve(scratch.dir, "cache")];
    const cold = await measureOnce(count, content, outDir, cacheDir);
    const edited = join(content, "sections", `${syntheticId(1)}.mdx`);
    writeFileSync(edited, readFileSync(edited, "utf8").replace("## Details of 1", "An edited sentence.\n\n## Details of 1"));
    return { cold, rebuilt: await measureOnce(count, content, outDir, cacheDir) };
  } finally {
    scratch.remove();
  }
}
