import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, test } from "vitest";
import { buildSite, scratchFolder } from "../tools/build-site";

const FIXTURES = "tests/fixtures/content";
const { dir: scratch, remove } = scratchFolder("fixtures");
afterAll(remove);

/** A copy of the good content with the fixture's files laid over it. */
function contentFor(fixture: string): string {
  const dir = join(scratch, fixture, "content");
  cpSync(join(FIXTURES, "good"), dir, { recursive: true });
  if (fixture !== "good") cpSync(join(FIXTURES, fixture), dir, { recursive: true, filter: (src) => !src.endsWith("expect.txt") });
  return dir;
}

const badFixtures = readdirSync(FIXTURES).filter((name) => name.startsWith("bad-"));

describe("the build", () => {
  test("has at least eight kinds of bad content to refuse", () => {
    expect(badFixtures.length).toBeGreaterThanOrEqual(8);
  });

  test("succeeds on the good fixture, and a refused build leaves that output as it was", async () => {
    const outDir = join(scratch, "kept-dist");
    const good = await buildSite({ contentDir: contentFor("good"), outDir });
    expect(good.code, good.output).toBe(0);
    const before = readFileSync(join(outDir, "alpha/index.html"), "utf8");
    expect(before).toContain("Alpha part");
    // The precompression step ran on the final HTML (after the CSP step rewrote it).
    expect(brotliDecompressSync(readFileSync(join(outDir, "alpha/index.html.br"))).toString()).toBe(before);
    expect(gunzipSync(readFileSync(join(outDir, "alpha/index.html.gz"))).toString()).toBe(before);

    const bad = await buildSite({ contentDir: contentFor("bad-figure-section"), outDir });
    expect(bad.code).not.toBe(0);
    expect(readFileSync(join(outDir, "alpha/index.html"), "utf8")).toBe(before);
    expect(existsSync(join(outDir, "beta/index.html"))).toBe(true);
  });

  // One at a time: every build writes the project's shared .astro/ folder (content module map, types).
  describe("refuses bad content with a message naming the file and the field", () => {
    test.each(badFixtures)("%s", async (fixture) => {
      const expected = readFileSync(join(FIXTURES, fixture, "expect.txt"), "utf8")
        .trim()
        .split("|");
      const result = await buildSite({ contentDir: contentFor(fixture), outDir: join(scratch, fixture, "dist") });
      expect(result.code, result.output).not.toBe(0);
      for (const part of expected) expect(result.output, `expected "${part}" in:\n${result.output}`).toContain(part);
      expect(existsSync(join(scratch, fixture, "dist"))).toBe(false);
      // Nor any half-written staging folder next to this suite's scratch folder.
      expect(readdirSync(".build-staging").filter((name) => name.includes(basename(scratch)))).toEqual([basename(scratch)]);
    });
  });
});
