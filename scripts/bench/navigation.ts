/**
 * The next part, timed in Chromium under the same slow 4G throttling (DevTools network emulation with
 * Lighthouse's slow 4G values: 562.5 ms per request, 1,474.56 Kbit/s down, 675 up), from a click on
 * "Next part" to the next page's first contentful paint:
 *   today        no speculation rules, no service worker (the build as it was: the rules file removed)
 *   speculation  the speculation rules, the link hovered until Chromium reports the page loaded ahead
 *   offline      no network at all, the edition saved with "Save for offline reading"
 * over every "Next part" link of both editions, each run in a fresh browser context (a cold cache), served
 * by nginx with scripts/deploy/nginx.conf when it is installed (else by scripts/serve.mjs).
 * Run by `npm run bench` after the build table, or alone: `node scripts/bench/navigation.ts` (after a build).
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { serve } from "../serve.mjs";
import { chromiumArgs, testChromiumPath } from "../lib/chromium.mjs";
import { nginxMissing, nginxPort, startNginx } from "../lib/nginx.ts";
import { hoverUntilLoadedAhead } from "../lib/speculation.ts";

/** Lighthouse's slow 4G as DevTools applies it (its "devtools" throttling of a mobile run). */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

type Scenario = "today" | "speculation" | "offline";

interface Origin {
  url: string;
  stop(): Promise<void>;
}

async function host(root: string, n: number): Promise<Origin> {
  if (!nginxMissing()) {
    const nginx = await startNginx({ root, port: nginxPort(n) });
    return { url: nginx.origin, stop: () => nginx.stop() };
  }
  const server = await serve(root, 0);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, stop: async () => void server.close() };
}

/** Milliseconds from the start of the navigation (or its activation, when prerendered) to first contentful paint. */
function firstPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming & {
          activationStart?: number;
        };
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName("first-contentful-paint")[0];
          if (paint) resolve(paint.startTime - (navigation.activationStart ?? 0));
        }).observe({ type: "paint", buffered: true });
      }),
  );
}

/** The "Next part" pairs of an edition: its first part (the header's first link), then each part's rel=next. */
async function nextPairs(browser: Browser, origin: string, home: string): Promise<[string, string][]> {
  const page = await browser.newPage();
  await page.goto(origin + home);
  let path = await page.locator("header nav a").first().getAttribute("href");
  const pairs: [string, string][] = [];
  while (path) {
    await page.goto(origin + path);
    const next = await page
      .locator("a[rel~=next]")
      .getAttribute("href")
      .catch(() => null);
    if (next) pairs.push([path, next]);
    path = next;
  }
  await page.close();
  return pairs;
}

async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
}

async function run(browser: Browser, scenario: Scenario, origin: string, [from, to]: [string, string]): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: scenario === "offline" ? "allow" : "block" });
  const page = await context.newPage();
  try {
    if (scenario === "offline") {
      await page.goto(origin + from);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.locator("[data-save-offline] button").click();
      await page.waitForFunction(
        () =>
          document.querySelector("[data-save-offline] button:not([disabled])") &&
          /\d/.test(document.querySelector("[data-save-status]")?.textContent ?? ""),
      );
      await context.setOffline(true);
      await page.goto(origin + from);
    } else {
      await throttle(context, page);
      await page.goto(origin + from);
    }
    const next = page.locator("a[rel~=next]");
    if (scenario === "speculation") {
      await hoverUntilLoadedAhead(page, next);
    }
    await next.click();
    await page.waitForURL((url) => url.pathname === to);
    return await firstPaint(page);
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Runs the three scenarios and returns the table to print. */
export async function measureNavigation(dist = "dist"): Promise<string> {
  // "Today": the same build without the speculation rules and the worker (both files answer 404).
  const today = mkdtempSync(join(tmpdir(), "centsec-today-"));
  cpSync(dist, today, { recursive: true });
  for (const file of ["speculation-rules.json", "sw.js"])
    for (const ext of ["", ".br", ".gz"]) rmSync(join(today, file + ext), { force: true });
  const [current, before] = [await host(dist, 5), await host(today, 6)];
  const browser = await chromium.launch({
    ...(testChromiumPath ? { executablePath: testChromiumPath } : {}),
    args: chromiumArgs,
  });
  try {
    const pairs = [...(await nextPairs(browser, current.url, "/")), ...(await nextPairs(browser, current.url, "/es/"))];
    const times: Record<Scenario, number[]> = { today: [], speculation: [], offline: [] };
    for (const pair of pairs) {
      times.today.push(await run(browser, "today", before.url, pair));
      times.speculation.push(await run(browser, "speculation", current.url, pair));
      times.offline.push(await run(browser, "offline", current.url, pair));
    }
    const base = median(times.today);
    const rows = (Object.keys(times) as Scenario[]).map((scenario) => {
      const t = times[scenario];
      const m = median(t);
      return `${scenario.padEnd(12)}  ${m.toFixed(0).padStart(6)}  ${Math.min(...t)
        .toFixed(0)
        .padStart(5)}–${Math.max(...t)
        .toFixed(0)
        .padEnd(5)}  ${(base / m).toFixed(1).padStart(5)}×`;
    });
    return [
      `\n"Next part" to first paint, ${pairs.length} links (both editions), Chromium, slow 4G (562.5 ms, 1,474.56/675 Kbit/s), ${nginxMissing() ? "served by scripts/serve.mjs" : "served by nginx (scripts/deploy/nginx.conf)"}`,
      `scenario      median ms  min–max   vs today`,
      ...rows,
    ].join("\n");
  } finally {
    await browser.close();
    await current.stop();
    await before.stop();
    rmSync(today, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureNavigation());
