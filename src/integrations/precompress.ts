import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { AstroIntegration } from "astro";

/** Files a browser receives as text, and so worth compressing (PNGs and fonts are compressed already). */
export const TEXT_EXTENSIONS = new Set([".html", ".css", ".js", ".mjs", ".xml", ".svg", ".json", ".txt", ".webmanifest", ".map"]);

/** The encodings written beside each text file: brotli at its highest quality, gzip at its highest level. */
const ENCODINGS = {
  ".br": (bytes: Buffer) =>
    promisify(brotliCompress)(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ".gz": (bytes: Buffer) => promisify(gzip)(bytes, { level: constants.Z_BEST_COMPRESSION }),
} as const;
type Encoding = keyof typeof ENCODINGS;

export interface PrecompressReport {
  /** Text files found. */
  files: number;
  /** Compressed files written (or rewritten). */
  written: number;
  /** `.br`/`.gz` files removed: their original is gone or they were not smaller than it. */
  removed: number;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file under `root`, each only when it is smaller
 * than the file itself, and removes any `.br`/`.gz` of a text file that is gone or that no longer
 * compresses: after a run, every precompressed file decompresses to its original, byte for byte.
 * `.gz`/`.br` files of other kinds (a `data.csv.gz` download) are left alone. Results are cached by
 * content in `cacheDir`, so a rebuild only compresses what changed.
 */
export async function precompressFiles(root: string, cacheDir?: string): Promise<PrecompressReport> {
  const all = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  const present = new Set(all);
  const texts = all.filter((path) => TEXT_EXTENSIONS.has(extname(path)));
  const report: PrecompressReport = { files: texts.length, written: 0, removed: 0 };

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
      const compressed = await compressCached(original, encoding, cacheDir);
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

async function compressCached(bytes: Buffer, encoding: Encoding, cacheDir: string | undefined): Promise<Buffer> {
  if (!cacheDir) return ENCODINGS[encoding](bytes);
  const key = createHash("sha256").update(bytes).digest("hex");
  const cached = join(cacheDir, "precompressed", `${key}${encoding}`);
  try {
    return await readFile(cached);
  } catch {
    const compressed = await ENCODINGS[encoding](bytes);
    await mkdir(join(cacheDir, "precompressed"), { recursive: true });
    await writeFile(cached, compressed);
    return compressed;
  }
}

/**
 * After the build: precompressed copies of every text file for hosts that serve them (nginx's
 * `gzip_static` and `brotli_static`, see the README). Runs after every step that rewrites files in the
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
        const { files, written, removed } = await precompressFiles(fileURLToPath(dir), cacheDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${written} brotli and gzip files beside ${files} text files${removed ? `, ${removed} removed` : ""} in ${seconds} s`,
        );
      },
    },
  };
}
