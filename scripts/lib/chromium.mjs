// The Chromium every browser tool of the tests drives, and how it is started.
import { existsSync } from "node:fs";

/**
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined: Playwright's own browser (on a
 * laptop after `npx playwright install chromium`).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

/**
 * The Chromium the Playwright suite drives: $CHROMIUM_PATH, else Debian's old headless shell (package
 * chromium-headless-shell, the same Chromium build without a window system, which is also what
 * Playwright itself runs for headless tests), else `chromiumPath`. Here it opens a browser context
 * three times faster and loads a page twice as fast as the full browser in its new headless mode, and
 * the suite opens a context for every test. Lighthouse and the screenshot and print tools keep the
 * full browser.
 */
export const testChromiumPath =
  process.env.CHROMIUM_PATH ??
  (existsSync("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : chromiumPath);

/** Flags for a sandboxed machine with no network beyond loopback: no background connections at all. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
