// The Chromium every browser tool of the tests drives, and how it is started.
import { existsSync } from "node:fs";

/**
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined: Playwright's own browser (on a
 * laptop after `npx playwright install chromium`).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

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
