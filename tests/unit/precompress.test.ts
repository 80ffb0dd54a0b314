import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, test } from "vitest";
import { precompressFiles, REDUCED_BROTLI_QUALITY } from "../../src/integrations/precompress";

const prose = (word: string) => `<!doctype html><p>${`${word} is repeated to make the page compressible. `.repeat(40)}</p>\n`;

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(files: Record<string, string | Buffer>): string {
  root = mkdtempSync(join(tmpdir(), "precompress-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
const read = (path: string) => readFileSync(join(root, path));
const brotli = (text: string, quality: number) =>
  brotliCompressSync(text, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text),
    },
  });

describe("precompressFiles", () => {
  test("writes a .br and a .gz beside every text file, each decompressing to the original", async () => {
    site({
      "index.html": prose("home"),
      "borders/index.html": prose("borders"),
      "rss.xml": `<rss>${"<item>x</item>".repeat(50)}</rss>`,
      "favicon.svg": `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0h1"/>'.repeat(30)}</svg>`,
      "robots.txt": "User-agent: *\nAllow: /\n".repeat(20),
      "site.webmanifest": JSON.stringify({ name: "x".repeat(300) }),
      "data.json": JSON.stringify({ list: Array(100).fill("same") }),
      "_astro/app.css": "body{color:red}".repeat(30),
      "_astro/app.js": "console.log(1);".repeat(30),
    });
    const report = await precompressFiles(root);
    expect(report).toEqual({ files: 9, written: 18, removed: 0, reduced: 0 });
    for (const file of [
      "index.html",
      "borders/index.html",
      "rss.xml",
      "favicon.svg",
      "robots.txt",
      "site.webmanifest",
      "data.json",
      "_astro/app.css",
      "_astro/app.js",
    ]) {
      expect(brotliDecompressSync(read(`${file}.br`)), file).toEqual(read(file));
      expect(gunzipSync(read(`${file}.gz`)), file).toEqual(read(file));
      // gzip at level 9 and brotli at quality 11: the brotli file is the smaller one for text.
      expect(read(`${file}.br`).length, file).toBeLessThan(read(`${file}.gz`).length);
    }
    expect(read("index.html.gz")[8], "gzip header: compressed at the highest level (XFL=2)").toBe(2);
  });

  test("leaves other files alone, and writes nothing that is not smaller than the original", async () => {
    site({
      "og/card.png": Buffer.from([137, 80, 78, 71, 1, 2, 3]),
      "tiny.txt": "a",
      "data.csv.gz": "kept as it is",
      _headers: "/*\n  X: y\n",
    });
    const report = await precompressFiles(root);
    expect(report).toEqual({ files: 1, written: 0, removed: 0, reduced: 0 });
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(["_headers", "data.csv.gz", "og", "og/card.png", "tiny.txt"]);
  });

  test("a rerun never leaves a stale file: changed files are rewritten, gone or incompressible ones lose theirs", async () => {
    site({ "index.html": prose("first"), "gone/index.html": prose("gone"), "shrinks.txt": prose("shrinks") });
    await precompressFiles(root);
    expect(existsSync(join(root, "gone/index.html.br"))).toBe(true);
    expect(existsSync(join(root, "shrinks.txt.gz"))).toBe(true);

    writeFileSync(join(root, "index.html"), prose("second"));
    rmSync(join(root, "gone/index.html"));
    writeFileSync(join(root, "shrinks.txt"), "ab");
    const report = await precompressFiles(root);

    expect(report).toEqual({ files: 2, written: 2, removed: 4, reduced: 0 });
    expect(brotliDecompressSync(read("index.html.br")).toString()).toBe(prose("second"));
    expect(gunzipSync(read("index.html.gz")).toString()).toBe(prose("second"));
    expect(readdirSync(root, { recursive: true }).sort()).toEqual([
      "gone",
      "index.html",
      "index.html.br",
      "index.html.gz",
      "shrinks.txt",
    ]);
  });

  test("a cache keyed by content gives the same bytes as compressing afresh", async () => {
    site({ "index.html": prose("cached") });
    const cache = join(root, "..", `${root.split("/").at(-1)}-cache`);
    try {
      await precompressFiles(root, cache);
      const fresh = read("index.html.br");
      rmSync(join(root, "index.html.br"));
      await precompressFiles(root, cache);
      expect(read("index.html.br")).toEqual(fresh);
      expect(readdirSync(join(cache, "precompressed"))).toHaveLength(2);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  test("brotli runs at quality 11 on the allowance's worth of text, shallowest paths first, then at the reduced quality", async () => {
    site({ "index.html": prose("home"), "a/index.html": prose("a"), "b/index.html": prose("b"), "b/c/index.html": prose("c") });
    const allowance = Buffer.byteLength(prose("home")) + Buffer.byteLength(prose("a"));
    const report = await precompressFiles(root, undefined, allowance);
    expect(report.reduced).toBe(2);
    expect(read("index.html.br")).toEqual(brotli(prose("home"), 11));
    expect(read("a/index.html.br")).toEqual(brotli(prose("a"), 11));
    expect(read("b/index.html.br")).toEqual(brotli(prose("b"), REDUCED_BROTLI_QUALITY));
    expect(read("b/c/index.html.br")).toEqual(brotli(prose("c"), REDUCED_BROTLI_QUALITY));
    expect(brotli(prose("c"), REDUCED_BROTLI_QUALITY), "the two qualities give different bytes here").not.toEqual(
      brotli(prose("c"), 11),
    );
  });

  test("a file larger than the largest at quality 11 gets the reduced quality and leaves the allowance to the others", async () => {
    const big = prose("home").repeat(3);
    site({ "index.html": big, "a/index.html": prose("a"), "b/index.html": prose("b") });
    const allowance = Buffer.byteLength(prose("a")) + Buffer.byteLength(prose("b"));
    const report = await precompressFiles(root, undefined, allowance, Buffer.byteLength(big) - 1);
    expect(report.reduced).toBe(1);
    expect(read("index.html.br")).toEqual(brotli(big, REDUCED_BROTLI_QUALITY));
    expect(read("a/index.html.br")).toEqual(brotli(prose("a"), 11));
    expect(read("b/index.html.br")).toEqual(brotli(prose("b"), 11));
  });
});
