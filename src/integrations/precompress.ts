import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { AstroIntegration } from "astro";

/** Files a browser receives as text, and so worth compressing (PNGs and fonts are compressed already). */
export const TEXT_EXTENSIONS = new Set([".html", ".css", ".js", ".mjs", ".xml", ".svg", ".json", ".txt", ".webmanifest", ".map"]);

/**
 * How much text a build compresses with brotli at its highest quality (11). Quality 11 costs about 1 ms
 * of CPU per KB (45 ms for a synthetic section's 45 KB page); quality 6 takes under 1 ms for the whole
 * page, for a file about 8% larger (quality 9 took 12 ms for a file 0.6% smaller than quality 6's). The
 * real site (about 1 MiB of text) is well inside the allowance, so every page of it is at its smallest,
 * while a site of 1,000 sections (about 100 MiB) would spend well over a minute of CPU on quality 11.
 * Past the allowance, files get quality 6.
 */
export const FULL_QUALITY_BYTES = 4 * 2 ** 20;
export const REDUCED_BROTLI_QUALITY = 6;
/**
 * The largest file given quality 11. Past a few hundred KB its cost grows faster than the file: the 2.2 MB
 * home page of 1,000 sections took 4.2 s of CPU in a single job (60 ms for a 45 KB page). Larger files get
 * the reduced quality and leave the allowance to the pages.
 * The real site's largest text file is about 65 KB.
 */
export const LARGEST_FULL_QUALITY_FILE = 256 * 2 ** 10;

/** The encodings written beside each text file: brotli at the given quality, gzip at its highest level. */
const ENCODINGS = {
  ".br": (bytes: Buffer, quality: number) =>
    promisify(brotliCompress)(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ".gz": (bytes: Buffer, _quality: number) => promisify(gzip)(bytes, { level: constants.Z_BEST_COMPRESSION }),
} as const;
type Encoding = keyof typeof ENCODINGS;

export interface PrecompressReport {
  /** Text files found. */
  files: number;
  /** Compressed files written (or rewritten). */
  written: number;
  /** `.br`/`.gz` files removed: their original is gone or they were not smaller than it. */
  removed: number;
  /** Text files past the quality-11 allowance, whose `.br` is at the reduced quality. */
  reduced: number;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file under `root`, each only when it is smaller
 * than the file itself, and removes any `.br`/`.gz` of a text file that is gone or that no longer
 * compresses: after a run, every precompressed file decompresses to its original, byte for byte.
 * `.gz`/`.br` files of other kinds (a `data.csv.gz` download) are left alone. Results are cached by
 * content in `cacheDir`, so a rebuild only compresses what changed. Brotli runs at quality 11 on the first
 * `fullQualityBytes` of text, shallowest paths first (the home pages), then at the reduced quality; a file
 * larger than `largestFullQualityFile` gets the reduced quality and uses none of the allowance.
 */
export async function precompressFiles(
  root: string,
  cacheDir?: string,
  fullQualityBytes = FULL_QUALITY_BYTES,
  largestFullQualityFile = LARGEST_FULL_QUALITY_FILE,
): Promise<PrecompressReport> {
  const all = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  const present = new Set(all);
  const texts = all.filter((path) => TEXT_EXTENSIONS.has(extname(path)));
  const report: PrecompressReport = { files: texts.length, written: 0, removed: 0, reduced: 0 };

  // The same site gets the same bytes whatever the cache holds: qualities follow from the files alone.
  const depth = (path: string) => path.split("/").length;
  const ordered = [...texts].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  const quality = new Map<string, number>();
  let compressedAtFull = 0;
  for (const path of ordered) {
    const { size } = await stat(path);
    if (size <= largestFullQualityFile) compressedAtFull += size;
    const full = size <= largestFullQualityFile && compressedAtFull <= fullQualityBytes;
    quality.set(path, full ? constants.BROTLI_MAX_QUALITY : REDUCED_BROTLI_QUALITY);
    if (!full) report.reduced++;
  }

  // Stale leftovers: a compressed text file whose original is gone.
  for (const path of all) {
    const encoding = extname(path);
    const original = path.slice(0, -encoding.length);
    if (encoding in ENCODINGS && TEXT_EXTENSIONS.has(extname(original)) && !present.has(original)) {
      await rm(path, { force: true });
      report.removed++;
    }
  }

  const jobs = texts.flatMap((path) => (Object.keys(ENCODINGS) as Encoding[]).map((encoding) => ({ path, encoding })));
  // zlib runs on libuv's thread pool: a few jobs at a time keep every core busy without flooding memory.
  let next = 0;
  const worker = async () => {
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      const { path, encoding } = job;
      const original = await readFile(path);
      const compressed = await compressCached(original, encoding, quality.get(path)!, cacheDir);
      if (compressed.length < original.length) {
        await writeFile(path + encoding, compressed);
        report.written++;
      } else if (present.has(path + encoding)) {
        await rm(path + encoding, { force: true });
        report.removed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return report;
}

async function compressCached(bytes: Buffer, encoding: Encoding, quality: number, cacheDir: string | undefined): Promise<Buffer> {
  if (!cacheDir) return ENCODINGS[encoding](bytes, quality);
  const key = createHash("sha256").update(bytes).digest("hex");
  const level = encoding === ".br" && quality !== constants.BROTLI_MAX_QUALITY ? `.q${quality}` : "";
  const cached = join(cacheDir, "precompressed", `${key}${level}${encoding}`);
  try {
    return await readFile(cached);
  } catch {
    const compressed = await ENCODINGS[encoding](bytes, quality);
    await mkdir(join(cacheDir, "precompressed"), { recursive: true });
    await writeFile(cached, compressed);
    return compressed;
  }
}

/**
 * After the build: precompressed copies of every text file for hosts that serve them (nginx's
 * `gzip_static` and `brotli_static`, see docs/deploying.md). Runs after every step that rewrites files in the
 * output (the CSP step, the sitemap) and before the atomic swap into dist/.
 */
export function precompress(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: "centsec:precompress",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const { files, written, removed, reduced } = await precompressFiles(fileURLToPath(dir), cacheDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${written} brotli and gzip files beside ${files} text files${removed ? `, ${removed} removed` : ""} in ${seconds} s`,
        );
        if (reduced) {
          logger.warn(
            `${reduced} text files past the first ${FULL_QUALITY_BYTES / 2 ** 20} MiB got brotli quality ${REDUCED_BROTLI_QUALITY}, not 11`,
          );
        }
      },
    },
  };
}
