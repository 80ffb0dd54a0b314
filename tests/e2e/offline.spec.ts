/**
 * The offline edition (src/offline/sw.ts) and the speculation rules, in Chromium with service workers
 * allowed: saving an edition and reading every page of it offline, the offline page, network first once
 * back online, a second build's worker removing the first one's cache, nothing registered without
 * scripting; and the next part prerendered or prefetched after hovering it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { LOCALES, localeOf, pagePath, ui, type Locale } from "../../src/i18n";
import { writeServiceWorker } from "../../src/integrations/offline";
import { cacheName } from "../../src/lib/offline";
import { serve } from "../../scripts/serve.mjs";
import { DIST, pagePaths, sitemapPaths } from "../tools/dist";
import { hoverUntilLoadedAhead } from "../../scripts/lib/speculation";
import { axeViolations, expect, test, watchCspViolations } from "./fixtures";

test.use({ serviceWorkers: "allow" });

/** A template with "{name}" holes as a pattern that any value fills. */
const pattern = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{\w+\\?\}/g, ".+")}$`);

async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function saveEdition(page: Page, locale: Locale) {
  const t = ui(locale);
  await page.getByRole("button", { name: t.saveOffline }).click();
  await expect(page.locator("[data-save-status]")).toHaveText(pattern(t.saveOfflineDone("{size}")));
}

for (const locale of LOCALES) {
  const t = ui(locale);
  const edition = sitemapPaths().filter((path) => localeOf(path) === locale);

  test(`${locale}: saved from the home page, every page of the edition reads offline and says it is the saved copy`, async ({
    page,
    context,
  }) => {
    const csp = await watchCspViolations(page);
    await page.goto(pagePath("home", locale));
    await controlled(page);
    await saveEdition(page, locale);
    await context.setOffline(true);

    const note = pattern(t.savedCopyNote("{date}"));
    const linked = new Set<string>();
    for (const path of edition) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const status = page.locator("[data-saved-copy]");
      await expect(status, path).toHaveAttribute("role", "status");
      await expect(status, path).toHaveText(note);
      await expect(page.locator("h1"), path).toHaveCount(1);
      for (const href of await page.locator("a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
        linked.add(new URL(href, "http://x").pathname);
    }
    // Every link to a page of this edition leads to a page that was just read offline.
    const pages = new Set(pagePaths());
    const within = [...linked].filter((path) => pages.has(path) && localeOf(path) === locale);
    expect(within.length).toBeGreaterThan(edition.length / 2);
    expect(within.filter((path) => !edition.includes(path))).toEqual([]);

    // A link to something not saved: the other edition, a missing page.
    const other = LOCALES.find((l) => l !== locale)!;
    for (const [path, words] of [
      [pagePath("home", other), ui(other)],
      [`${pagePath("home", locale)}no-such-page/`, t],
    ] as const) {
      await page.goto(path);
      await expect(page.locator("h1"), path).toHaveText(words.offlineTitle);
      await expect(page.locator("html"), path).toHaveAttribute("lang", path.startsWith("/es/") ? "es" : "en");
      await expect(page.getByRole("link", { name: words.offlineHomeLink })).toHaveAttribute("href", /\/$/);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.goto(edition[1]!);
    expect(await axeViolations(page), `${edition[1]} with the saved-copy note`).toEqual([]);
    expect(csp).toEqual([]);
  });
}

test.describe("a changed deploy, served from a copy of dist/", () => {
  let dir: string;
  let server: Server;
  let origin: string;
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "centsec-offline-"));
    cpSync(DIST, dir, { recursive: true });
    server = await serve(dir, 0);
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  test.afterAll(async () => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("online, a changed page is shown at once; a second build's worker deletes the first build's cache", async ({
    page,
    context,
  }) => {
    for (const locale of LOCALES) {
      const part = sitemapPaths().find((path) => localeOf(path) === locale && path.split("/").length > 2 + +(locale === "es"))!;
      const file = join(dir, part.slice(1), "index.html");
      await page.goto(origin + pagePath("home", locale));
      await controlled(page);
      await page.goto(origin + part);
      const headline = (await page.locator("h1").textContent())!.trim();
      expect(await page.evaluate(() => caches.keys())).toHaveLength(1);

      // The copy's page changes (a correction); its precompressed copies go, as a rebuild would remove them.
      const changed = `Corrected ${locale}: ${headline}`;
      writeFileSync(file, readFileSync(file, "utf8").replace(`>${headline}<`, `>${changed}<`));
      rmSync(`${file}.br`, { force: true });
      rmSync(`${file}.gz`, { force: true });
      await page.reload();
      await expect(page.locator("h1")).toHaveText(changed);
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator("h1"), "the saved copy is the corrected page").toHaveText(changed);
      await expect(page.locator("[data-saved-copy]")).toBeVisible();
      await context.setOffline(false);
    }

    const [first] = await page.evaluate(() => caches.keys());
    const { build } = await writeServiceWorker(dir);
    // The old worker's precompressed copies go too: the server would send them, as nginx would.
    for (const suffix of [".br", ".gz"]) rmSync(join(dir, `sw.js${suffix}`), { force: true });
    expect(first).not.toBe(cacheName(build));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect
      .poll(async () => page.evaluate(() => caches.keys()), { message: "the first build's cache is deleted" })
      .not.toContain(first);
    await page.reload();
    await expect.poll(async () => page.evaluate(() => caches.keys())).toEqual([cacheName(build)]);
  });
});

test.describe("without scripting", () => {
  test.use({ javaScriptEnabled: false });
  test("nothing registers and the save control is not shown, in either edition", async ({ page, context }) => {
    for (const locale of LOCALES) {
      await page.goto(pagePath("home", locale));
      await expect(page.getByRole("button", { name: ui(locale).saveOffline })).toBeHidden();
    }
    expect(context.serviceWorkers()).toEqual([]);
  });
});

test("with scripting the worker registers on load (the check above can fail)", async ({ page, context }) => {
  const registered = context.waitForEvent("serviceworker");
  await page.goto("/");
  expect((await registered).url()).toMatch(/\/sw\.js$/);
});

test("under Save-Data nothing registers until the reader presses the button, which then saves the edition", async ({
  page,
  context,
}) => {
  await page.addInitScript(() => Object.defineProperty(navigator, "connection", { value: { saveData: true } }));
  // The page's module script, which registers the worker unless Save-Data is on, ran before the load event.
  await page.goto("/");
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
  expect(context.serviceWorkers()).toEqual([]);
  await saveEdition(page, "en");
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(1);
});

test.describe("speculation rules", () => {
  const rules = JSON.parse(readFileSync(join(DIST, "speculation-rules.json"), "utf8")) as {
    prerender: { where: { and: [{ selector_matches: string }, ...unknown[]] } }[];
  };
  const selector = rules.prerender.map((rule) => rule.where.and[0].selector_matches).join(", ");

  test("name only pages of this site that exist, on every page, and cause no CSP violation", async ({ page, baseURL }) => {
    const csp = await watchCspViolations(page);
    const pages = new Set(pagePaths());
    for (const path of pagePaths()) {
      await page.goto(path);
      const targets = await page.locator(selector).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(targets.length, path).toBeGreaterThan(0);
      for (const target of targets) {
        const url = new URL(target);
        expect(url.origin, `${path} -> ${target}`).toBe(new URL(baseURL!).origin);
        expect(pages.has(url.pathname), `${path} -> ${target}`).toBe(true);
      }
    }
    expect(csp).toEqual([]);
  });

  test("following “Next part” after hovering it activates a page loaded ahead", async ({ page }) => {
    const first = sitemapPaths().filter((path) => localeOf(path) === "en")[1]!;
    const part = pagePaths().find((path) => path !== first && /^\/[a-z]+\/$/.test(path))!;
    await page.goto(part);
    const next = page.locator("a[rel~=next]");
    await hoverUntilLoadedAhead(page, next);
    await next.click();
    await page.waitForURL((url) => url.pathname !== part);
    const timing = await page.evaluate(() => {
      const entry = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming & {
        activationStart: number;
        deliveryType: string;
      };
      return { activationStart: entry.activationStart, deliveryType: entry.deliveryType };
    });
    expect(
      timing.activationStart > 0 || timing.deliveryType === "navigational-prefetch",
      `prerendered (activationStart) or prefetched (deliveryType): ${JSON.stringify(timing)}`,
    ).toBe(true);
  });
});
