import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { FULL_QUALITY_BYTES, TEXT_EXTENSIONS } from "../../src/integrations/precompress";
import { DIST } from "../tools/dist";

const files = readdirSync(DIST, { recursive: true, encoding: "utf8" }).sort();
const texts = files.filter((f) => TEXT_EXTENSIONS.has(extname(f)));
const compressed = files.filter((f) => /\.(br|gz)$/.test(f));

describe("the build's precompressed files (served by nginx's brotli_static and gzip_static)", () => {
  test("every page, the feed, the sitemap and the favicon have a .br and a .gz", () => {
    for (const file of ["index.html", "borders/index.html", "404.html", "rss.xml", "sitemap-0.xml", "favicon.svg"]) {
      expect(files, file).toContain(`${file}.br`);
      expect(files, file).toContain(`${file}.gz`);
    }
  });

  test.each(compressed)("%s decompresses to its original, byte for byte, and is smaller", (file) => {
    const original = readFileSync(join(DIST, file.slice(0, -3)));
    const bytes = readFileSync(join(DIST, file));
    expect(TEXT_EXTENSIONS.has(extname(file.slice(0, -3)))).toBe(true);
    expect((file.endsWith(".br") ? brotliDecompressSync : gunzipSync)(bytes).equals(original)).toBe(true);
    expect(bytes.length).toBeLessThan(original.length);
  });

  test("no text file of 1 KB or more goes without its compressed copies", () => {
    const missing = texts
      .filter((f) => readFileSync(join(DIST, f)).length >= 1024)
      .flatMap((f) => [`${f}.br`, `${f}.gz`])
      .filter((f) => !files.includes(f));
    expect(missing).toEqual([]);
  });

  test("the site's text is within the allowance compressed at brotli quality 11: every page at its smallest", () => {
    const bytes = texts.reduce((sum, f) => sum + statSync(join(DIST, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(FULL_QUALITY_BYTES);
  });
});
