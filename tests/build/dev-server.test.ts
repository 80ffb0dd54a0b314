/**
 * `npm run dev` as an author uses it: edits to the YAML data show up like edits to MDX, content errors
 * are shown, and addresses behave as on the published site (trailing slash, the site's own 404 page).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeContentUnique, scratchFolder } from "../tools/build-site";

const ROOT = resolve(import.meta.dirname, "../..");
const PORT = Number(process.env["DEV_TEST_PORT"] ?? 4324);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const scratch = scratchFolder("dev");
const content = join(scratch.dir, "content");
const figures = join(ROOT, content, "figures.yaml");
let dev: ChildProcess;
let output = "";

/** Polls `check` until it passes (the dev server reloads data asynchronously); fails with its last error. */
async function eventually(check: () => Promise<void>, attempts = 120): Promise<void> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await check();
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw last;
}

async function page(path: string): Promise<{ status: number; text: string; location: string | null }> {
  const response = await fetch(`${ORIGIN}${path}`, { redirect: "manual" });
  return { status: response.status, text: await response.text(), location: response.headers.get("location") };
}

beforeAll(async () => {
  cpSync("tests/fixtures/content/good", content, { recursive: true });
  makeContentUnique(content, "dev-server");
  dev = spawn(
    process.execPath,
    [join(ROOT, "node_modules/astro/bin/astro.mjs"), "dev", "--port", String(PORT), "--host", "127.0.0.1"],
    {
      cwd: ROOT,
      env: {
        // Not vitest's NODE_ENV=test and VITEST*: under them Astro's dev server serves no content pages.
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "NODE_ENV" && !key.startsWith("VITEST"))),
        CENTSEC_CONTENT_DIR: content,
        CENTSEC_CACHE_DIR: join(scratch.dir, "cache"),
        ASTRO_TELEMETRY_DISABLED: "1",
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  dev.stdout!.on("data", (chunk) => (output += chunk));
  dev.stderr!.on("data", (chunk) => (output += chunk));
  // The first page compiles on request: on a busy machine that can take a minute or two.
  await eventually(async () => {
    expect((await page("/alpha/")).status, output).toBe(200);
  }, 400);
});

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((r) => dev.once("exit", r));
    dev.kill("SIGTERM");
    await exited;
  }
  scratch.remove();
});

describe("the dev server", () => {
  test("redirects an address without its trailing slash, as the published site does", async () => {
    expect(await page("/alpha")).toMatchObject({ status: 301, location: "/alpha/" });
  });

  test("answers an unknown address with the site's own 404 page", async () => {
    const missing = await page("/no-such-part/");
    expect(missing.status).toBe(404);
    expect(missing.text).toContain("Page not found");
    expect((await page("/no-such-part")).location).toBe("/no-such-part/");
  });

  test("shows an edit to figures.yaml without a restart, and its content errors", async () => {
    const good = readFileSync(figures, "utf8");
    writeFileSync(figures, good.replace("of something in alpha", "of something edited in alpha"));
    await eventually(async () => {
      expect((await page("/alpha/")).text).toContain("of something edited in alpha");
    });

    writeFileSync(figures, good.replace("passage: alpha-passage", "passage: alpha-pasage"));
    await eventually(async () => {
      const broken = await page("/alpha/");
      expect(broken.status).toBe(500);
      // The page loads Vite's error overlay, which shows the same message as the terminal.
      expect(broken.text).toContain("<title>ContentProblems</title>");
      expect(output).toContain('figures.yaml (figure "alpha-figure", field "passage")');
      expect(output).toContain('has no <Passage id="alpha-pasage">');
    });

    writeFileSync(figures, good.replace('value: "90%"', "value: 90%\n  colour: red"));
    await eventually(async () => {
      expect(output).toContain('figures.yaml (figure "alpha-figure", field "colour"): is not a field of a key figure');
    });

    writeFileSync(figures, good);
    await eventually(async () => {
      expect((await page("/alpha/")).text).toContain("of something in alpha");
    });
  });
});
