import { execFile } from "node:child_process";
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, test } from "vitest";
import { buildSite, projectCopy, scratchFolder } from "../../scripts/lib/build-site";

const FIXTURES = "tests/fixtures/content";
const { dir: scratch, remove } = scratchFolder("fixtures");
afterAll(remove);

/** A copy of the good content with the fixture's files laid over it, in `root` (the scratch folder by default). */
function contentFor(fixture: string, root = scratch): string {
  const dir = join(root, fixture, "content");
  cpSync(join(FIXTURES, "good"), dir, { recursive: true });
  cpSync(join(FIXTURES, fixture), dir, { recursive: true, filter: (src) => !src.endsWith("expect.txt") });
  return dir;
}

/** The parts of a fixture's expect.txt, each of which the output must contain. */
const expectedParts = (fixture: string) =>
  readFileSync(join(FIXTURES, fixture, "expect.txt"), "utf8")
    .trim()
    .split("|");

// bad-figure-section is refused after a good build, in escaping.test.ts, which checks that the good
// build's output is kept.
const badFixtures = readdirSync(FIXTURES).filter((name) => name.startsWith("bad-") && name !== "bad-figure-section");

describe("the build", () => {
  // Two builds at a time, one per core, each in its own copy of the project: every build writes its
  // root's .astro/ folder (content module map, types), which two builds in one root would share.
  const copies = [0, 1].map((n) => projectCopy(join(scratch, `project-${n}`)));
  const idle = [...copies];
  const waiting: ((root: string) => void)[] = [];
  const take = () => new Promise<string>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const give = (root: string) => (waiting.length ? waiting.shift()!(root) : idle.push(root));

  describe.concurrent("refuses bad content with a message naming the file and the field", () => {
    test.each(badFixtures)("%s", async (fixture) => {
      const expected = expectedParts(fixture);
      const root = await take();
      try {
        const outDir = join(root, fixture, "dist");
        const contentDir = relative(root, contentFor(fixture, root));
        const result = await buildSite({ contentDir, outDir, root });
        expect(result.code, result.output).not.toBe(0);
        for (const part of expected) expect(result.output, `expected "${part}" in:\n${result.output}`).toContain(part);
        expect(existsSync(outDir)).toBe(false);
        // Nor any half-written staging folder left in that copy of the project.
        expect(existsSync(join(root, ".build-staging")) && readdirSync(join(root, ".build-staging"))).toEqual(false);
      } finally {
        give(root);
      }
    });
  });
});

// A number the article never states builds (a figure is free text), so the fidelity check stops it: each
// invented-* fixture's files are appended to a copy of the real content/, and `npm run fidelity`'s script
// runs on that copy.
const inventedFixtures = readdirSync(FIXTURES).filter((name) => name.startsWith("invented-"));

describe("the fidelity check (npm run fidelity, npm test, npm run build)", () => {
  test.each(inventedFixtures)("refuses %s, naming the file and the number", async (fixture) => {
    const folder = join(scratch, fixture);
    cpSync("content", join(folder, "content"), { recursive: true });
    for (const name of readdirSync(join(FIXTURES, fixture), { recursive: true, encoding: "utf8" })) {
      if (name === "expect.txt" || !name.includes(".")) continue;
      appendFileSync(join(folder, "content", name), readFileSync(join(FIXTURES, fixture, name)));
    }
    const run = await promisify(execFile)(process.execPath, [resolve("scripts/fidelity.mjs")], { cwd: folder }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );
    expect(run.code, run.output).toBe(1);
    for (const part of expectedParts(fixture)) expect(run.output, `expected "${part}" in:\n${run.output}`).toContain(part);
  });
});
