/** The atomic swap of the build into dist/ (src/integrations/atomic-dist.ts) left nothing behind. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { DIST } from "../tools/dist";

test("the build left neither its staging folder nor the previous dist/ behind", () => {
  const target = resolve(DIST);
  expect(existsSync(`.build-staging/${encodeURIComponent(`${target}/`.replace(/[/\\:]/g, "_"))}`)).toBe(false);
  expect(existsSync(`${target}.previous`)).toBe(false);
});
