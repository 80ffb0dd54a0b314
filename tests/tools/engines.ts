/**
 * Firefox and WebKit for the engine suite (tests/e2e/engines.spec.ts), behind one small interface.
 *
 * - Firefox: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi, headless. BiDi in
 *   Firefox has no media emulation and preferences cannot change at run time, so the dark scheme is a
 *   second browser started with `layout.css.prefers-color-scheme.content-override` = 0.
 * - WebKit: Debian's WebKitWebDriver (webkit2gtk-driver) starting MiniBrowser under xvfb-run, spoken to
 *   in classic W3C WebDriver (a few HTTP calls, below). The dark scheme is MiniBrowser's --dark-mode.
 *   Classic WebDriver cannot read the console, so on WebKit a page's problems are found from their
 *   effects (see `PAGE_PROBLEMS`) plus listeners installed once the page has loaded.
 *
 * Skipping: SKIP_ENGINES=firefox,webkit skips an engine with a message (never on CI=true, where a missing
 * engine fails); a missing engine without SKIP_ENGINES fails with what to install.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

export type EngineName = "firefox" | "webkit";

export const FIREFOX_PATH = process.env["FIREFOX_PATH"] ?? "/usr/bin/firefox-esr";
export const WEBKIT_DRIVER = process.env["WEBKIT_DRIVER_PATH"] ?? "/usr/bin/WebKitWebDriver";
export const MINIBROWSER = process.env["MINIBROWSER_PATH"] ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const XVFB_RUN = "/usr/bin/xvfb-run";

/** What an engine needs on this machine, and the Debian packages that provide it. */
const REQUIREMENTS: Record<EngineName, { paths: string[]; packages: string }> = {
  firefox: { paths: [FIREFOX_PATH], packages: "firefox-esr" },
  webkit: { paths: [WEBKIT_DRIVER, MINIBROWSER, XVFB_RUN], packages: "webkit2gtk-driver xvfb xauth" },
};

/** Whether to run an engine's tests: run, skip (with the reason to print), or fail (with the reason). */
export function engineStatus(name: EngineName): { run: true } | { run: false; skip: boolean; reason: string } {
  const skipped = (process.env["SKIP_ENGINES"] ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .includes(name);
  const ci = process.env["CI"] === "true";
  if (skipped && ci) return { run: false, skip: false, reason: `SKIP_ENGINES=${name} is not allowed on CI (CI=true)` };
  if (skipped) return { run: false, skip: true, reason: `${name} SKIPPED by SKIP_ENGINES: its pages were NOT checked` };
  const missing = REQUIREMENTS[name].paths.filter((p) => !existsSync(p));
  if (missing.length === 0) return { run: true };
  return {
    run: false,
    skip: false,
    reason:
      `${name}: missing ${missing.join(", ")}. Install it (apt-get install -y ${REQUIREMENTS[name].packages}) ` +
      `or, on a laptop without it, skip it explicitly with SKIP_ENGINES=${name}`,
  };
}

/** One browser tab, the same way in both engines. */
export interface EnginePage {
  readonly name: EngineName;
  /** Loads a path of the site and waits for the load event. */
  goto(path: string): Promise<void>;
  /** Sets the layout viewport's width (CSS px) and the window's height. */
  setWidth(width: number, height?: number): Promise<void>;
  /** Runs `fn` in the page with JSON arguments and returns its JSON result. */
  run<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** A real click (pointer input, user activation) on the first element matching a CSS selector. */
  click(selector: string): Promise<void>;
  /** Full-page PNG. */
  screenshot(file: string): Promise<void>;
  /** Console errors, uncaught errors and CSP violations of the current page so far. */
  problems(): Promise<string[]>;
  /** PDF of the current page (Firefox only: WebKitGTK cannot print to PDF). */
  pdf?(format: "A4" | "Letter"): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Checked in the page once it has loaded, in every engine: the effects a console error or a CSP
 * violation would have. A blocked inline <style> has no sheet; a `style` attribute is blocked outright;
 * a resource that failed to load leaves an image broken or a stylesheet empty.
 */
export function PAGE_PROBLEMS(): string[] {
  const out: string[] = [];
  for (const style of document.querySelectorAll("style")) if (!style.sheet) out.push("inline <style> blocked");
  for (const link of document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]"))
    if (!link.sheet) out.push(`stylesheet ${link.href} not applied`);
  // (The root's zoom is the suite's own, set through the CSSOM on WebKit for narrow widths.)
  const zoomed = (window as unknown as { __engineZoom?: boolean }).__engineZoom;
  for (const el of document.querySelectorAll("[style]"))
    if (!(zoomed && el === document.documentElement)) out.push(`style attribute on <${el.tagName.toLowerCase()}>`);
  for (const img of document.querySelectorAll("img"))
    if (!img.complete || img.naturalWidth === 0) out.push(`image ${img.src} not loaded`);
  for (const entry of performance.getEntriesByType("resource"))
    if (new URL(entry.name).origin !== location.origin) out.push(`request to another host: ${entry.name}`);
  const w = window as unknown as { __problems?: string[] };
  out.push(...(w.__problems ?? []));
  return out;
}

/** Installed into every document (Firefox: before any script; WebKit: right after load). */
function WATCH_PAGE() {
  const w = window as unknown as { __problems?: string[] };
  if (w.__problems) return;
  const problems: string[] = (w.__problems = []);
  document.addEventListener("securitypolicyviolation", (e) => problems.push(`CSP ${e.violatedDirective} ${e.blockedURI}`));
  window.addEventListener("error", (e) => problems.push(`error ${e.message}`));
  window.addEventListener("unhandledrejection", (e) => problems.push(`unhandled rejection ${String(e.reason)}`));
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const ensureDir = (file: string) => mkdirSync(dirname(file), { recursive: true });

// ---------------------------------------------------------------------------------------------------
// Firefox (puppeteer-core over WebDriver BiDi)

class FirefoxPage implements EnginePage {
  readonly name = "firefox";
  private consoleErrors: string[] = [];
  private readonly browser: Browser;
  private readonly page: Page;
  private readonly baseURL: string;
  constructor(browser: Browser, page: Page, baseURL: string) {
    this.browser = browser;
    this.page = page;
    this.baseURL = baseURL;
    page.on("console", (m) => {
      if (m.type() === "error") this.consoleErrors.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => this.consoleErrors.push(`page error: ${(e as Error).message}`));
  }
  async goto(path: string) {
    this.consoleErrors = [];
    await this.page.goto(this.baseURL + path, { waitUntil: "load" });
  }
  async setWidth(width: number, height = 900) {
    await this.page.setViewport({ width, height });
  }
  run<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return this.page.evaluate(fn as never, ...(args as unknown as never[])) as Promise<T>;
  }
  async click(selector: string) {
    await this.page.click(selector);
  }
  async screenshot(file: string) {
    ensureDir(file);
    await this.page.screenshot({ path: file as `${string}.png`, fullPage: true });
  }
  async problems() {
    return [...this.consoleErrors, ...(await this.page.evaluate(PAGE_PROBLEMS))];
  }
  async pdf(format: "A4" | "Letter") {
    return this.page.pdf({ format });
  }
  async close() {
    await this.browser.close();
  }
}

async function launchFirefox(baseURL: string, dark: boolean): Promise<EnginePage> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // 0 = dark, 1 = light: what pages see as prefers-color-scheme, whatever the desktop says.
      "layout.css.prefers-color-scheme.content-override": dark ? 0 : 1,
      // No background connections: the suite allows no request beyond loopback.
      "network.connectivity-service.enabled": false,
      "browser.region.network.url": "",
    },
  });
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(WATCH_PAGE);
  return new FirefoxPage(browser, page, baseURL);
}

// ---------------------------------------------------------------------------------------------------
// WebKit (WebKitWebDriver + MiniBrowser, classic W3C WebDriver)

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** Below about 334 px MiniBrowser's window will not go; narrower widths are laid out by zooming. */
const MINIBROWSER_MIN_WIDTH = 360;

class WebKitPage implements EnginePage {
  readonly name = "webkit";
  private zoomTo = 0;
  /** The width in CSS px the page is being laid out at (see setWidth). */
  private width = 0;
  private readonly driver: ChildProcess;
  private readonly endpoint: string;
  private readonly baseURL: string;
  constructor(driver: ChildProcess, endpoint: string, baseURL: string) {
    this.driver = driver;
    this.endpoint = endpoint;
    this.baseURL = baseURL;
  }
  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.endpoint + path, {
      method,
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const { value } = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (value && typeof value === "object" && "error" in value && value.error)
      throw new Error(`WebKitWebDriver ${method} ${path}: ${value.error} ${value.message ?? ""}`);
    return value;
  }
  async goto(path: string) {
    await this.call("POST", "/url", { url: this.baseURL + path });
    await this.run(WATCH_PAGE);
    if (this.zoomTo) await this.applyWidth();
    // Screenshots taken right after navigation can come out blank: let the page paint twice first.
    await this.run(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  }
  async setWidth(width: number, height = 900) {
    // MiniBrowser's window cannot be narrower than about 334 px; narrower widths are laid out by zooming
    // the root element, so that `width` CSS px span the window (no breakpoint lies between the two).
    this.width = width;
    const inner = await this.fitWindow(width, height);
    this.zoomTo = inner !== width && width < MINIBROWSER_MIN_WIDTH ? width : 0;
    if (this.zoomTo) await this.applyWidth();
    else {
      if (inner !== width) throw new Error(`WebKit: the window will not lay the page out ${width} px wide (it is ${inner})`);
      await this.run(() => document.documentElement.style.removeProperty("zoom"));
    }
  }
  /**
   * Sets the window `height` px tall and as wide as lays the page out `width` px wide: the window's frame
   * takes some pixels, and a resize now and then does not take, so the width is set again until it fits.
   * Returns the width the page is laid out at in the end.
   */
  private async fitWindow(width: number, height: number): Promise<number> {
    let outer = width;
    let inner = 0;
    for (let attempt = 0; attempt < 4 && inner !== width; attempt++) {
      outer = (await this.call<{ width: number }>("POST", "/window/rect", { width: outer, height })).width;
      await this.run(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
      inner = await this.run(() => window.innerWidth);
      outer += width - inner;
    }
    return inner;
  }
  private async applyWidth() {
    await this.run((w: number) => {
      (window as unknown as { __engineZoom?: boolean }).__engineZoom = true;
      document.documentElement.style.setProperty("zoom", String(window.innerWidth / w));
    }, this.zoomTo);
  }
  async run<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn.toString()}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e && e.stack || e) }));`;
    const result = await this.call<{ ok?: T; error?: string }>("POST", "/execute/async", { script, args });
    if (result.error) throw new Error(result.error);
    return result.ok as T;
  }
  async click(selector: string) {
    // The driver scrolls the element into view itself, but smoothly (the site's scroll-behavior), and
    // then finds it not yet in view: put it there at once first.
    await this.run((s: string) => document.querySelector(s)?.scrollIntoView({ block: "center", behavior: "instant" }), selector);
    const element = await this.call<Record<string, string>>("POST", "/element", { using: "css selector", value: selector });
    await this.call("POST", `/element/${element[ELEMENT]}/click`, {});
  }
  async screenshot(file: string) {
    // WebKit's screenshots stop at the window's edge: make the window as tall as the page for the shot.
    const before = await this.call<{ width: number; height: number }>("GET", "/window/rect");
    // Zoomed (below MiniBrowser's narrowest window), the shot is as wide as the window lays the page out.
    const inner = this.zoomTo ? await this.run(() => window.innerWidth) : this.width;
    const height = await this.run(() => document.documentElement.scrollHeight);
    await this.fitWindow(inner, Math.min(height, 11_000));
    const html = await this.call<Record<string, string>>("POST", "/element", { using: "css selector", value: "html" });
    const png = Buffer.from(await this.call<string>("GET", `/element/${html[ELEMENT]}/screenshot`), "base64");
    await this.call("POST", "/window/rect", { width: before.width, height: before.height });
    // A PNG's width is the big-endian number at byte 16.
    if (png.readUInt32BE(16) !== inner) throw new Error(`${file}: WebKit shot ${png.readUInt32BE(16)} px wide, not ${inner}`);
    ensureDir(file);
    writeFileSync(file, png);
  }
  async problems() {
    return this.run(PAGE_PROBLEMS);
  }
  async close() {
    await this.call("DELETE", "").catch(() => {});
    if (this.driver.pid) process.kill(-this.driver.pid, "SIGTERM");
  }
}

async function launchWebKit(baseURL: string, dark: boolean): Promise<EnginePage> {
  const port = await freePort();
  // Its own process group, so that closing ends xvfb-run, Xvfb, the driver and the browser together.
  const driver = spawn(XVFB_RUN, ["-a", "-s", "-screen 0 1600x11000x24", WEBKIT_DRIVER, `--port=${port}`], {
    stdio: "ignore",
    detached: true,
    // Xvfb has no GPU: composited layers would be drawn by Mesa's software OpenGL. Without compositing
    // WebKit paints the same page for about a third less CPU (measured: 14.4 and 16.2 CPU-s for the
    // WebKit suite, against 20.9 and 23.1).
    env: { ...process.env, WEBKIT_DISABLE_COMPOSITING_MODE: "1" },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${endpoint}/status`)).ok) break;
    } catch {
      if (i > 300) throw new Error(`WebKitWebDriver did not start on port ${port}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const response = await fetch(`${endpoint}/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      capabilities: {
        alwaysMatch: {
          "webkitgtk:browserOptions": {
            binary: MINIBROWSER,
            // Full screen: no toolbar, so the viewport is the window.
            args: ["--automation", "--full-screen", ...(dark ? ["--dark-mode"] : [])],
          },
        },
      },
    }),
  });
  const { value } = (await response.json()) as { value: { sessionId?: string; message?: string } };
  if (!value.sessionId) {
    if (driver.pid) process.kill(-driver.pid, "SIGTERM");
    throw new Error(`WebKitWebDriver: no session (${value.message ?? "unknown error"})`);
  }
  return new WebKitPage(driver, `${endpoint}/session/${value.sessionId}`, baseURL);
}

/** Starts an engine's browser with one tab; `dark` asks for the dark colour scheme. */
export function launchEngine(name: EngineName, baseURL: string, { dark = false } = {}): Promise<EnginePage> {
  return name === "firefox" ? launchFirefox(baseURL, dark) : launchWebKit(baseURL, dark);
}
