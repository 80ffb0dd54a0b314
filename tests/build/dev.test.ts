/**
 * `npm run dev` as an author uses it: edits to the YAML data show up like edits to MDX, content errors
 * are shown, addresses behave as on the published site (trailing slash, the site's own 404 page), and
 * hostile content is refused the way `astro build` refuses it: the dev server will not start on it, and
 * a file edited while it runs is refused (logged with its line and rule; the page answers with an error
 * instead of running the file). One dev server on good content serves every test but the first, which
 * starts one of its own on hostile content first. Runs on $DEV_TEST_PORT.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { makeContentUnique, scratchFolder } from "../../scripts/lib/build-site";

const ROOT = resolve(import.meta.dirname, "../..");
const PORT = Number(process.env["DEV_TEST_PORT"] ?? 4324);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FIXTURES = "tests/fixtures/content";
const scratch = scratchFolder("dev");

const IMPORT_REFUSED = "sections/alpha.mdx:11: `import` is not allowed in content: explainer text may not run code";
const EXPRESSION_REFUSED = "sections/alpha.mdx:19: {…} is an expression";

interface Dev {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number>;
}

/** `astro dev` on a copy of the good content with `fixture` laid over it; returns the content folder too. */
function startDev(name: string, fixture: string, port: number): Dev & { content: string } {
  const content = join(scratch.dir, name, "content");
  cpSync(join(FIXTURES, "good"), content, { recursive: true });
  if (fixture !== "good")
    cpSync(join(FIXTURES, fixture), content, { recursive: true, filter: (src) => !src.endsWith("expect.txt") });
  makeContentUnique(content, name);
  let output = "";
  const child = spawn(
    process.execPath,
    [join(ROOT, "node_modules/astro/bin/astro.mjs"), "dev", "--port", String(port), "--host", "127.0.0.1"],
    {
      cwd: ROOT,
      detached: true,
      env: {
        // Not vitest's own NODE_ENV=test and VITEST flags: astro dev serves no pages under them.
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(?:NODE_ENV|TEST|VITEST\w*)$/.test(key))),
        CENTSEC_CONTENT_DIR: content,
        CENTSEC_CACHE_DIR: join(ROOT, scratch.dir, name, "cache"),
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
  return { child, output: () => output, exited, content: join(ROOT, content) };
}

async function stop(dev: Dev): Promise<void> {
  if (dev.child.exitCode === null && dev.child.pid) {
    process.kill(-dev.child.pid, "SIGTERM");
    await dev.exited;
  }
}

/**
 * Waits for what `check` looks for (the dev server reloads data asynchronously): tries it again as soon as
 * the last try has answered, at most every 50 ms, and fails with its last error after `timeout` ms.
 */
const eventually = (check: () => Promise<void>, timeout = 60_000): Promise<void> => vi.waitFor(check, { timeout, interval: 50 });

async function page(path: string): Promise<{ status: number; text: string; location: string | null }> {
  const response = await fetch(`${ORIGIN}${path}`, { redirect: "manual" });
  return { status: response.status, text: await response.text(), location: response.headers.get("location") };
}

afterAll(() => scratch.remove());

// Astro refuses a second dev server in one project: the hostile one runs and exits before the good one starts.
describe("astro dev", () => {
  test("will not start on hostile content, and names every problem with its file, line and rule", async () => {
    const hostile = startDev("hostile", "bad-everywhere", PORT);
    try {
      expect(await hostile.exited).not.toBe(0);
      expect(hostile.output()).toContain(IMPORT_REFUSED);
      expect(hostile.output()).toContain(EXPRESSION_REFUSED);
      expect(hostile.output()).not.toContain("ready in");
    } finally {
      await stop(hostile);
    }
  });

  describe("on good content", () => {
    let dev: ReturnType<typeof startDev>;
    beforeAll(async () => {
      dev = startDev("good", "good", PORT);
      // The first page compiles on request: on a busy machine that can take a minute or two.
      await eventually(async () => {
        expect((await page("/alpha/")).status, dev.output()).toBe(200);
      }, 200_000);
    });
    afterAll(async () => {
      if (dev) await stop(dev);
    });

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
      const figures = join(dev.content, "figures.yaml");
      const good = readFileSync(figures, "utf8");
      writeFileSync(figures, good.replace("of something in alpha", "of something edited in alpha"));
      await eventually(async () => {
        expect((await page("/alpha/")).text, dev.output()).toContain("of something edited in alpha");
      });

      writeFileSync(figures, good.replace("passage: alpha-passage", "passage: alpha-pasage"));
      await eventually(async () => {
        const broken = await page("/alpha/");
        expect(broken.status, dev.output()).toBe(500);
        // The page loads Vite's error overlay, which shows the same message as the terminal.
        expect(broken.text).toContain("<title>ContentProblems</title>");
        expect(dev.output()).toContain('figures.yaml (figure "alpha-figure", field "passage")');
        expect(dev.output()).toContain('has no <Passage id="alpha-pasage">');
      });

      writeFileSync(figures, good.replace('value: "90%"', "value: 90%\n  colour: red"));
      await eventually(async () => {
        expect(dev.output()).toContain('figures.yaml (figure "alpha-figure", field "colour"): is not a field of a key figure');
      });

      writeFileSync(figures, good);
      await eventually(async () => {
        expect((await page("/alpha/")).text, dev.output()).toContain("of something in alpha");
      });
    });

    test("refuses a file edited while it runs: the terminal names the problems and the page is an error", async () => {
      const bad = readFileSync(join(FIXTURES, "bad-everywhere/sections/alpha.mdx"), "utf8");
      expect(bad).toContain('readFileSync("/etc/hostname"');
      writeFileSync(join(dev.content, "sections/alpha.mdx"), bad);
      await eventually(async () => {
        expect((await page("/alpha/")).status).toBe(500);
        expect(dev.output()).toContain("The content gate refused this file");
      }, 200_000);
      expect(dev.output()).toContain(IMPORT_REFUSED);
      expect(dev.output()).toContain(EXPRESSION_REFUSED);
      const hostname = readFileSync("/etc/hostname", "utf8").trim();
      expect((await page("/alpha/")).text).not.toContain(`The build machine says: ${hostname}`);
    });
  });
});
