/**
 * `astro dev` refuses hostile content the way `astro build` does: it will not start on it, and a file
 * edited while it runs is refused (logged with its line and rule; the page answers with an error instead
 * of running the file). Runs on $DEV_TEST_PORT, like the other dev-server test.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { makeContentUnique } from "../tools/build-site";

const ROOT = resolve(import.meta.dirname, "../..");
const PORT = Number(process.env["DEV_TEST_PORT"] ?? 4324);
const FIXTURES = "tests/fixtures/content";
mkdirSync(".build-staging", { recursive: true });
const scratch = mkdtempSync(".build-staging/dev-");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const IMPORT_REFUSED = "sections/alpha.mdx:11: `import` is not allowed in content: explainer text may not run code";
const EXPRESSION_REFUSED = "sections/alpha.mdx:19: {…} is an expression";

interface Dev {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number>;
}
const running: Dev[] = [];

function startDev(name: string, fixture: string): Dev {
  const content = join(scratch, name, "content");
  cpSync(join(FIXTURES, "good"), content, { recursive: true });
  if (fixture !== "good")
    cpSync(join(FIXTURES, fixture), content, { recursive: true, filter: (src) => !src.endsWith("expect.txt") });
  makeContentUnique(content, name);
  let output = "";
  const child = spawn(
    process.execPath,
    [join(ROOT, "node_modules/astro/bin/astro.mjs"), "dev", "--port", String(PORT), "--host", "127.0.0.1"],
    {
      cwd: ROOT,
      detached: true,
      env: {
        // Not vitest's own NODE_ENV=test and VITEST flags: astro dev serves no pages under them.
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(?:NODE_ENV|TEST|VITEST\w*)$/.test(key))),
        CENTSEC_CONTENT_DIR: content,
        CENTSEC_CACHE_DIR: join(ROOT, scratch, name, "cache"),
        ASTRO_TELEMETRY_DISABLED: "1",
        NO_COLOR: "1",
        FORCE_COLOR: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number>((done) => child.on("close", (code) => done(code ?? 1)));
  const dev = { child, output: () => output, exited };
  running.push(dev);
  return dev;
}

afterEach(async () => {
  for (const dev of running.splice(0)) {
    if (dev.child.exitCode === null && dev.child.pid) {
      process.kill(-dev.child.pid, "SIGTERM");
      await dev.exited;
    }
  }
});

/** Polls until `ready` holds or the dev server exits (the test's own timeout bounds the wait). */
async function until(dev: Dev, ready: () => boolean | Promise<boolean>): Promise<void> {
  while (dev.child.exitCode === null) {
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`astro dev exited:\n${dev.output()}`);
}

const get = (path: string) =>
  fetch(`http://127.0.0.1:${PORT}${path}`).then(async (r) => ({ status: r.status, body: await r.text() }));

describe("astro dev", () => {
  test("will not start on hostile content, and names every problem with its file, line and rule", async () => {
    const dev = startDev("start", "bad-everywhere");
    expect(await dev.exited).not.toBe(0);
    expect(dev.output()).toContain(IMPORT_REFUSED);
    expect(dev.output()).toContain(EXPRESSION_REFUSED);
    expect(dev.output()).not.toContain("ready in");
  });

  test("refuses a file edited while it runs: the terminal names the problems and the page is an error", async () => {
    const dev = startDev("edit", "good");
    await until(dev, () => dev.output().includes("watching for file changes"));
    // The first requests can come before the dev server has its pages; wait for the page itself.
    await until(dev, async () => (await get("/alpha/")).status === 200);
    const good = await get("/alpha/");
    expect(good.status).toBe(200);
    expect(good.body).toContain("Text that a figure points to.");

    const bad = readFileSync(join(FIXTURES, "bad-everywhere/sections/alpha.mdx"), "utf8");
    cpSync(join(FIXTURES, "bad-everywhere/sections/alpha.mdx"), join(scratch, "edit/content/sections/alpha.mdx"));
    expect(bad).toContain('readFileSync("/etc/hostname"');
    await until(dev, async () => (await get("/alpha/")).status === 500);
    await until(dev, () => dev.output().includes("The content gate refused this file"));
    expect(dev.output()).toContain(IMPORT_REFUSED);
    expect(dev.output()).toContain(EXPRESSION_REFUSED);
    const hostname = readFileSync("/etc/hostname", "utf8").trim();
    expect((await get("/alpha/")).body).not.toContain(`The build machine says: ${hostname}`);
    // The first page compiles on request: on a busy machine that alone can take minutes.
  }, 600_000);
});
