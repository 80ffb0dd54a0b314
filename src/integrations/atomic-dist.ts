import { rmdirSync, rmSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** Where a build of `outDir` stages its output: a folder of `<root>/.build-staging/` named after outDir's path. */
export const stagingFolder = (root: URL, outDir: URL): URL =>
  new URL(`./.build-staging/${encodeURIComponent(fileURLToPath(outDir).replace(/[/\\:]/g, "_"))}/`, root);

/**
 * Builds into a staging folder and swaps it into place only when the whole build succeeded, so a
 * refused build (bad content, a type error in a page) leaves the last good output untouched.
 * Must be the last integration, so that every other `astro:build:done` hook has written its files.
 */
export function atomicDist(): AstroIntegration {
  let staging: URL | undefined;
  let target: URL | undefined;
  return {
    name: "centsec:atomic-dist",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        if (command !== "build") return;
        target = config.outDir;
        staging = stagingFolder(config.root, target);
        updateConfig({ outDir: staging });
        // A refused build never reaches astro:build:done: remove its half-written output on the way out.
        const half = fileURLToPath(staging);
        process.once("exit", () => {
          rmSync(half, { recursive: true, force: true });
          try {
            rmdirSync(new URL("../", staging!)); // .build-staging itself, once nothing else is building there
          } catch {
            // not empty: another build or a test's scratch folder is still in it
          }
        });
      },
      "astro:build:start": async () => {
        if (staging) await rm(staging, { recursive: true, force: true });
      },
      "astro:build:done": async ({ logger }) => {
        if (!staging || !target) return;
        const previous = new URL(`${target.href.replace(/\/$/, "")}.previous/`);
        await rm(previous, { recursive: true, force: true });
        await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== "ENOENT") throw error;
        });
        await rename(staging, target);
        await rm(previous, { recursive: true, force: true });
        logger.info(`published to ${fileURLToPath(target)}`);
      },
    },
  };
}
