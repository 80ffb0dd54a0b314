import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { needsTrailingSlash } from "../../../src/integrations/dev-trailing-slash";
import { choosePort, readHeadersFile } from "../../../scripts/serve.mjs";

describe("choosePort", () => {
  test.each<[string | undefined, string | undefined, number]>([
    [undefined, undefined, 4321],
    [undefined, "", 4321],
    [undefined, "4399", 4399],
    ["4400", "4399", 4400],
  ])("--port %s, PORT=%s -> %i", (flag, env, port) => expect(choosePort(flag, env)).toBe(port));

  test.each(["abc", "0", "70000", "43.5"])("refuses %s", (raw) => {
    expect(() => choosePort(raw, undefined)).toThrow(`"${raw}" is not a port number`);
  });
});

describe("readHeadersFile (Netlify's own reading of _headers)", () => {
  const withFile = async (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), "headers-"));
    try {
      writeFileSync(join(dir, "_headers"), text);
      return await readHeadersFile(join(dir, "_headers"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test("reads each rule's pattern and headers, in the file's order", async () => {
    const rules = await withFile(
      "# comment\n/*\n  X-Frame-Options: DENY\n/borders/\n  Content-Security-Policy: default-src 'none'; img-src 'self'\n",
    );
    expect(rules.map((rule) => rule.headers)).toEqual([
      [["X-Frame-Options", "DENY"]],
      [["Content-Security-Policy", "default-src 'none'; img-src 'self'"]],
    ]);
    const [all, borders] = rules.map((rule) => rule.pattern);
    expect(["/", "/es/fronteras/", "/sw.js"].map((path) => all!.test(path))).toEqual([true, true, true]);
    expect(["/borders/", "/es/fronteras/", "/"].map((path) => borders!.test(path))).toEqual([true, false, false]);
  });

  test("refuses a file that Netlify would refuse, naming it", async () => {
    await expect(withFile("/*\n  X-Frame-Options:\n")).rejects.toThrow(/_headers: Could not parse header line 2/);
  });
});

describe("npm start's server", () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["scripts/serve.mjs", ...args], {
      encoding: "utf8",
      env: { ...process.env, ...env },
      timeout: 90_000, // only stops a hung server
    });

  test("says in one line what to do when its port is taken, and nothing else", async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, "127.0.0.1", ok));
    const { port } = blocker.address() as { port: number };
    try {
      for (const result of [
        run(["tests/fixtures/site", "--port", String(port)]),
        run(["tests/fixtures/site"], { PORT: String(port) }),
      ]) {
        expect(result.status).toBe(1);
        expect(result.stdout).toBe("");
        expect(result.stderr).toBe(
          `serve: port ${port} is already in use (is the site already running?). Choose another: PORT=4399 npm start, or npm start -- --port 4399\n`,
        );
      }
    } finally {
      blocker.close();
    }
  });

  test("says in one line when there is no built site to serve", () => {
    const result = run(["tests/fixtures/no-such-dist", "--port", "1"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "serve: tests/fixtures/no-such-dist/ holds no built site; run `npm run build` first (or `npm start`, which builds and serves).\n",
    );
  });

  test("refuses a port that is not a number", () => {
    const result = run(["tests/fixtures/site", "--port", "http"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('serve: "http" is not a port number (1-65535)\n');
  });
});

describe("the dev server's trailing-slash redirect", () => {
  test.each<[string, boolean]>([
    ["/borders", true],
    ["/borders/", false],
    ["/", false],
    ["/og/borders.png", false],
    ["/rss.xml", false],
    ["/@vite/client", false],
    ["/_astro/x", false],
    ["/es/fronteras", true],
  ])("%s -> %s", (path, redirect) => expect(needsTrailingSlash(path)).toBe(redirect));
});

describe("the Node version guard before every npm script", () => {
  const systemNode = "/usr/bin/node";
  const version = spawnSync(systemNode, ["--version"], { encoding: "utf8" }).stdout?.trim() ?? "";
  const [major = 0, minor = 0] = version.replace("v", "").split(".").map(Number);
  const old = major > 0 && (major < 22 || (major === 22 && minor < 12));

  test("lets the Node that npm scripts run (node_modules/.bin/node) through", () => {
    const result = spawnSync(process.execPath, ["scripts/require-node.mjs"], { encoding: "utf8" });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, "", ""]);
  });

  test.skipIf(!old)(
    `stops a too-old Node (${systemNode} ${version || "not installed"}) with one line that says what to do`,
    () => {
      const result = spawnSync(systemNode, ["scripts/require-node.mjs"], { encoding: "utf8" });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(
        /^centsec: Node \d+\.\d+\.\d+ is too old \(Astro 7 needs Node >= 22\.12\)\. Run `npm install` first: .*\n$/,
      );
      expect(result.stderr.split("\n")).toHaveLength(2);
    },
  );
});
