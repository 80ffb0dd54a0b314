/**
 * Hovering a link until Chromium has loaded its target ahead, as the speculation rules ask on intent.
 * Chromium reports each speculation's progress through DevTools; with DevTools attached it prefetches
 * where it would prerender (PrerenderingDisabledByDevTools), and either is a page loaded ahead.
 * Used by the offline suite (tests/e2e/offline.spec.ts) and the navigation bench (scripts/bench/navigation.ts).
 */
import type { Locator, Page } from "@playwright/test";

export async function hoverUntilLoadedAhead(page: Page, link: Locator): Promise<void> {
  const target = new URL((await link.getAttribute("href"))!, page.url()).href;
  const cdp = await page.context().newCDPSession(page);
  const ready = new Promise<void>((resolve) => {
    const onStatus = (event: { key: { url: string }; status: string }) => {
      if (event.key.url === target && event.status === "Ready") resolve();
    };
    cdp.on("Preload.prefetchStatusUpdated", onStatus);
    cdp.on("Preload.prerenderStatusUpdated", onStatus);
  });
  await cdp.send("Preload.enable");
  await link.hover();
  await ready;
}
