#!/usr/bin/env node
// Checks content/ (in the working folder) against the source article with the shared fidelity tool,
// ../shared/tools/fidelity.mjs beside the project: every number in the content must be in the article, and
// no run of 8 words may be copied from it. It prints each problem and fails when there is one.
//   node scripts/fidelity.mjs               what `npm run fidelity` and `npm test` run: without the shared
//                                           tool it says so in one sentence and fails, since nothing was checked
//   node scripts/fidelity.mjs --if-present  what `npm run build` runs: without the tool it says so in one
//                                           line and lets the build go on (a clone without ../shared)
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const tool = fileURLToPath(new URL("../../shared/tools/fidelity.mjs", import.meta.url));

if (!existsSync(tool)) {
  const ifPresent = process.argv.includes("--if-present");
  const consequence = ifPresent ? "building without it" : "nothing was checked";
  (ifPresent ? console.log : console.error)(
    `fidelity: ${tool} is missing (the shared folder with the source article sits beside the project); ${consequence}.`,
  );
  process.exit(ifPresent ? 0 : 1);
}

// The tool reads content/ in the working folder, prints what it finds and sets the exit code itself.
await import(pathToFileURL(tool).href);
