/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    // Limits that only stop a hung test: a busy machine can be many times slower than an idle one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      // Pure logic, schemas and components (Container API): fast, no build needed.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // Real `astro build` runs: bad content fixtures must be refused with a clear message, and the build's
      // cost must scale. One file at a time, since every build writes the project's shared .astro/ folder.
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
