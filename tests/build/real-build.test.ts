import { join } from "node:path";
import { readdirSync } from "node:fs";
import { expect, test } from "vitest";
import { buildSite, scratchFolder } from "../tools/build-site";

test("the real content builds without a single warning, and leaves no staging folder behind", async () => {
  const scratch = scratchFolder("real");
  const before = readdirSync(".build-staging");
  try {
    const result = await buildSite({ contentDir: "content", outDir: join(scratch.dir, "dist") });
    expect(result.code, result.output).toBe(0);
    const warnings = result.output.split("\n").filter((line) => /\[(WARN|ERROR)\]|warning/i.test(line));
    expect(warnings, result.output).toEqual([]);
    expect(readdirSync(".build-staging")).toEqual(before);
  } finally {
    scratch.remove();
  }
});
