/**
 * `npm run bench` runs in plain Node, outside Vite, so a src/ module it reaches can break it while every
 * vitest test passes (it did: the bench's generator reaches src/lib/content-gate.ts). This loads the bench's
 * modules with the Node flags of the package.json script itself, without running a build.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const { scripts } = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };

test("the bench's modules load in Node with the flags of `npm run bench`", () => {
  const words = scripts["bench"]!.split(/\s+/);
  expect(words[0]).toBe("node");
  expect(words.at(-1)).toBe("scripts/bench/bench.ts");
  const flags = words.slice(1, -1);
  const probe = [
    "const { generate } = await import('./scripts/bench/scaling.ts');",
    "await import('./scripts/bench/navigation.ts');",
    "if (typeof generate !== 'function') process.exit(3);",
  ].join(" ");
  const run = spawnSync(process.execPath, [...flags, "--input-type=module", "-e", probe], { cwd: ROOT, encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
}, 60_000);
