/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    // Limits that only stop a hung test: a busy machine can be many times slower than an idle one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      // Pure logic, schemas and components (Container API), and in tests/unit/tools/ the tools of scripts/:
      // fast, no build needed.
      // One module graph for all the files (no isolation): importing Astro's and the project's modules
      // again for each file took more than half the project's time (measured: 15.7 against 9.1 CPU-s).
      // No file changes a module's state for the next: nothing is mocked, and what one sets it restores.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], isolate: false } },
      // Real `astro build` runs, each in its own copy of the project (projectCopy), whose .astro/ folder no
      // other build shares, and `astro dev` in the project itself (npm test runs `astro check`, the other
      // writer of the project's .astro/, before these). Bad content fixtures must be refused with a clear
      // message, and the build's cost must scale. One file at a time: two of them already run two builds
      // at once, and npm test runs the browser suites beside them.
      {
        extends: true,
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 900_000,
          hookTimeout: 900_000,
        },
      },
      // Checks over the built dist/ (valid HTML, no broken link); run after `npm run build`.
      { test: { name: "dist", include: ["tests/dist/**/*.test.ts"] } },
    ],
  },
});
