/** The atomic swap of the build into dist/ (src/integrations/atomic-dist.ts) left nothing behind. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import { stagingFolder } from "../../src/integrations/atomic-dist";
import { DIST } from "../tools/dist";

test("a build stages its output in a folder of .build-staging/ named after the output folder's path (on disk: _tmp_out put_)", () => {
  expect(stagingFolder(new URL("file:///srv/site/"), new URL("file:///srv/site/dist/")).href).toBe(
    "file:///srv/site/.build-staging/_srv_site_dist_/",
  );
  expect(stagingFolder(new URL("file:///srv/site/"), new URL("file:///tmp/out%20put/")).href).toBe(
    "file:///srv/site/.build-staging/_tmp_out%20put_/",
  );
});

test("the build left neither its staging folder nor the previous dist/ behind", () => {
  const target = resolve(DIST);
  const staging = stagingFolder(pathToFileURL(`${process.cwd()}/`), pathToFileURL(`${target}/`));
  expect(existsSync(staging)).toBe(false);
  expect(existsSync(`${target}.previous`)).toBe(false);
});
