import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

// A clone with no ../shared beside it: the script copied into a project folder of its own.
const scratch = mkdtempSync(join(tmpdir(), "centsec-fidelity-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const project = join(scratch, "project");
mkdirSync(join(project, "content"), { recursive: true });
cpSync("scripts/fidelity.mjs", join(project, "scripts/fidelity.mjs"));

const run = (...args: string[]) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, ["scripts/fidelity.mjs", ...args], {
    cwd: project,
    encoding: "utf8",
  });
  return { status, lines: (stdout + stderr).trim().split("\n") };
};
const sentence = `fidelity: ${join(scratch, "shared/tools/fidelity.mjs")} is missing (the shared folder with the source article sits beside the project); `;

describe("scripts/fidelity.mjs without the shared folder", () => {
  test("says so in one sentence and fails: nothing was checked (npm run fidelity, npm test)", () => {
    expect(run()).toEqual({ status: 1, lines: [`${sentence}nothing was checked.`] });
  });

  test("says so in one line and lets the build go on with --if-present (npm run build)", () => {
    expect(run("--if-present")).toEqual({ status: 0, lines: [`${sentence}building without it.`] });
  });
});
