import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, testChromiumPath } from "./scripts/lib/chromium.mjs";

const port = Number(process.env["E2E_PORT"] ?? 4322);

export default defineConfig({
  testDir: "tests/e2e",
  // One nginx with scripts/deploy/nginx.conf for the deployment and budget checks.
  globalSetup: "./tests/e2e/nginx.setup.ts",
  fullyParallel: true,
  // Three workers on two cores: page loads wait on the network and the server as much as on the CPU
  // (measured idle, the whole browser suite: 146 s with two, 129 s with three, 141 s with four).
  workers: 3,
  retries: 0,
  forbidOnly: !!process.env["CI"],
  reporter: [["list"]],
  // Generous limits: they only stop a test that hangs, and a busy 2-core machine can be many times slower
  // than an idle one. No test measures time (see docs/testing.md: npm test measures nothing by the clock).
  timeout: 240_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { ...(testChromiumPath ? { executablePath: testChromiumPath } : {}), args: chromiumArgs },
  },
  projects: [
    // Firefox and WebKit (Debian's firefox-esr and WebKitWebDriver + MiniBrowser; tests/tools/engines.ts):
    // one file each, run in order in one worker, so that each browser starts once. Listed first, since
    // workers take tests in project order: each is one long job, which started last would run alone at
    // the end while the other workers wait (measured idle: 35 s of the suite with one or two workers busy).
    ...(["firefox", "webkit"] as const).map((name) => ({
      name,
      testMatch: /engines\.spec\.ts/,
      fullyParallel: false,
      timeout: 120_000,
    })),
    {
      name: "chromium",
      testIgnore: /engines\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs dist --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
