/** Runs a real `astro build` in a child process against any content folder: used by build tests and the benchmark. */
import { spawn } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

export interface BuildResult {
  code: number;
  output: string;
  seconds: number;
  /** Peak resident memory of the build process, in MiB. */
  peakMiB: number;
}

export interface BuildOptions {
  /** Relative to the project root the build runs in. */
  contentDir: string;
  outDir: string;
  cacheDir?: string;
  env?: Record<string, string>;
  /** The project root to build in: this project (the default), or a copy made by `projectCopy`. */
  root?: string;
}

const ROOT = resolve(import.meta.dirname, "../..");

export function buildSite({ contentDir, outDir, cacheDir, env = {}, root = ROOT }: BuildOptions): Promise<BuildResult> {
  const scratch = mkdtempSync(join(tmpdir(), "centsec-build-"));
  const rssFile = join(scratch, "rss");
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ["--import", join(ROOT, "scripts/lib/report-peak-rss.mjs"), join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"],
      {
        cwd: root,
        env: {
          ...process.env,
          CENTSEC_CONTENT_DIR: contentDir,
          CENTSEC_OUT_DIR: outDir,
          CENTSEC_CACHE_DIR: cacheDir ?? join(scratch, "cache"),
          CENTSEC_PEAK_RSS_FILE: rssFile,
          ASTRO_TELEMETRY_DISABLED: "1",
          NO_COLOR: "1",
          FORCE_COLOR: "0",
          ...env,
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (code) => {
      let peakMiB = 0;
      try {
        peakMiB = Number(readFileSync(rssFile, "utf8")) / 1024;
      } catch {
        peakMiB = Number.NaN;
      }
      rmSync(scratch, { recursive: true, force: true });
      done({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000, peakMiB });
    });
  });
}

/**
 * A scratch folder inside the project's .build-staging/ (Astro wants content paths inside the site root;
 * git ignores the folder), and a function that removes it and, when nothing else is left there,
 * .build-staging/ itself.
 */
export function scratchFolder(prefix: string): { dir: string; remove: () => void } {
  const parent = join(ROOT, ".build-staging");
  mkdirSync(parent, { recursive: true });
  // Relative to the project root (the builds' working folder), as Astro's content paths want.
  const dir = relative(ROOT, mkdtempSync(join(parent, `${prefix}-`)));
  return {
    dir,
    remove: () => {
      rmSync(join(ROOT, dir), { recursive: true, force: true });
      try {
        rmdirSync(parent);
      } catch {
        // another build's folder is still there
      }
    },
  };
}

/**
 * A copy of the project in `dir` (its source, public files and configuration; node_modules linked) in
 * which a build can run beside builds in other copies. Astro writes the generated module map of the
 * content it builds into `<root>/.astro/`: two builds in one root would read each other's.
 */
export function projectCopy(dir: string): string {
  const root = resolve(ROOT, dir);
  mkdirSync(root, { recursive: true });
  for (const name of ["src", "public"]) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  for (const name of ["astro.config.mjs", "tailwind.config.ts", "tsconfig.json", "package.json"]) {
    cpSync(join(ROOT, name), join(root, name));
  }
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}

/**
 * Appends a line unique to this run to every MDX file under `dir`. astro dev keeps its content store in
 * the project's .astro/ and reuses an entry whose text has not changed, with the file path it had: an
 * earlier run's entry would point into a scratch folder that no longer exists.
 */
export function makeContentUnique(dir: string, run: string): void {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".mdx") ? [join(d, e.name)] : [],
    );
  for (const file of walk(dir)) appendFileSync(file, `\nA line unique to run ${run}-${process.pid}-${Date.now()}.\n`);
}
