/**
 * The reader's checks in Firefox and WebKit (projects "firefox" and "webkit" in playwright.config.ts),
 * on one page per template and edition, from the sitemap. Each engine's browser starts once for the whole file (the dark scheme
 * needs a second start, see tests/tools/engines.ts). With SCREENSHOTS=1, screenshots go to
 * screenshots/engines/ for a person to look at; nothing compares them.
 */
import { test as base, expect } from "@playwright/test";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ui } from "../../src/i18n";
import { EDITIONS, editionOf, PAGES, sections } from "../../scripts/lib/content";
import { SITE, sitemapPaths } from "../tools/dist";
import { engineStatus, launchEngine, type EngineName, type EnginePage } from "../tools/engines";

const test = base.extend<{}, { engine: EnginePage }>({
  engine: [
    async ({}, use, workerInfo) => {
      const engine = await launchEngine(workerInfo.project.name as EngineName, workerInfo.project.use.baseURL!);
      await use(engine);
      await engine.close();
    },
    { scope: "worker", timeout: 120_000 },
  ],
});

test.beforeAll(({}, testInfo) => {
  const status = engineStatus(testInfo.project.name as EngineName);
  if (status.run) return;
  if (status.skip) {
    console.warn(`\n*** ${status.reason} ***\n`);
    test.skip(true, status.reason);
  } else throw new Error(status.reason);
});

/** Polls a check in the page until it holds (smooth scrolling, clipboard promises), or fails with the last value. */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/**
 * One page per template and edition, from the sitemap: the five parts of an edition share one layout,
 * so its first part stands for the others here (Chromium checks every page; every part is printed below).
 */
const parts = EDITIONS.flatMap((edition) => sections(edition).map((s) => s.path));
const firstParts = EDITIONS.map((edition) => sections(edition)[0]!.path);
const paths = sitemapPaths().filter((path) => !parts.includes(path) || firstParts.includes(path));
const shotName = (path: string) => (path === "/" ? "home" : path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, ""));

test("the pages checked are every template of both editions, from the sitemap", () => {
  const listed = sitemapPaths();
  for (const edition of EDITIONS) {
    for (const expected of [PAGES.home[edition], ...sections(edition).map((s) => s.path)]) expect(listed).toContain(expected);
    for (const page of [PAGES.home, PAGES.summary, PAGES.about, PAGES.glossary]) expect(paths).toContain(page[edition]);
    expect(paths).toContain(sections(edition)[0]!.path);
  }
  expect(paths).toHaveLength(10);
});

test("with the offline worker registered and in control, pages load with no console error or CSP violation", async ({
  engine,
}) => {
  for (const edition of EDITIONS) {
    await engine.goto(PAGES.home[edition]);
    expect(await engine.problems(), PAGES.home[edition]).toEqual([]);
    // The page registers /sw.js on load; the worker claims the page once it is active.
    const controlled = await until(
      () => engine.run(() => navigator.serviceWorker?.controller?.scriptURL ?? null),
      (url) => !!url,
      30_000,
    );
    expect(controlled, `${engine.name} runs the service worker`).toMatch(/\/sw\.js$/);
    for (const path of [sections(edition)[0]!.path, PAGES.glossary[edition]]) {
      await engine.goto(path);
      expect(await engine.run(() => document.querySelectorAll("h1").length), path).toBe(1);
      expect(await engine.problems(), `${path}, through the worker`).toEqual([]);
    }
  }
});

// The locator map swaps to its phone label set by a container query (LocatorMap.astro): in this engine
// too, every name shown is 12 px or more on a phone, and no two overlap.
test("the locator map's names are 12 px or more at 320 and 375 px, one set shown, none overlapping", async ({ engine }) => {
  for (const path of [PAGES.home.en, sections("es")[0]!.path]) {
    for (const width of [320, 375]) {
      await engine.setWidth(width);
      await engine.goto(path);
      const labels = await engine.run(() => {
        const svg = document.querySelector<SVGSVGElement>(".locator-map > svg")!;
        return [...svg.querySelectorAll("text")]
          .filter((t) => getComputedStyle(t).display !== "none")
          .map((t) => {
            const r = t.getBoundingClientRect();
            return {
              text: t.textContent,
              px: parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM()!.a,
              r: [r.left, r.top, r.right, r.bottom],
            };
          });
      });
      // The home page's frame names 13 places and seas or more; Borders' isthmus, 8.
      expect(labels.length, `${path} at ${width}`).toBeGreaterThanOrEqual(path === PAGES.home.en ? 13 : 8);
      for (const { text, px } of labels) expect(px, `${path} at ${width}: ${text}`).toBeGreaterThanOrEqual(12);
      labels.forEach((a, i) =>
        labels.slice(i + 1).forEach((b) => {
          // Firefox's box of an SVG text is about 1.5 em tall (Chromium's 1.2 em, which map.spec.ts holds to
          // no overlap at all): above and below, names may share up to 2 px of that empty band.
          const overlap = a.r[0]! < b.r[2]! - 0.5 && b.r[0]! < a.r[2]! - 0.5 && a.r[1]! < b.r[3]! - 2 && b.r[1]! < a.r[3]! - 2;
          expect(overlap, `${path} at ${width}: ${a.text} ${a.r.map(Math.round)} / ${b.text} ${b.r.map(Math.round)}`).toBe(false);
        }),
      );
    }
  }
});

/** Screenshots for a person to look at (screenshots/engines/), only when asked: `SCREENSHOTS=1`. */
const screenshots = !!process.env["SCREENSHOTS"];

// One load a page: the checks at 320 px, then the same page widened to 1280 px, as a reader turning a
// phone or widening a window would.
for (const path of paths) {
  test(`${path}: no console error or CSP violation, fits 320 px; at 1280 px a key-figure link lands on its passage and the share control copies or shows the link`, async ({
    engine,
  }) => {
    await engine.setWidth(320);
    await engine.goto(path);
    expect(await engine.run(() => document.querySelectorAll("h1").length)).toBe(1);
    const overflow = await engine.run(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join(".")}`);
      return { scroll: root.scrollWidth - root.clientWidth, wide: wide.slice(0, 5) };
    });
    expect(overflow, "no horizontal scroll at 320 px").toEqual({ scroll: 0, wide: [] });
    if (screenshots) {
      for (const width of [375, 1280]) {
        await engine.setWidth(width);
        await engine.screenshot(`screenshots/engines/${engine.name}-${shotName(path)}-${width}.png`);
      }
    }
    await engine.setWidth(1280);

    // The share control (the summary, About and glossary pages have none).
    const control = await engine.run(() => {
      const root = document.querySelector<HTMLElement>("[data-share]");
      const button = root?.querySelector("button");
      return (
        root &&
        button && {
          url: root.dataset["url"]!,
          visible: button.checkVisibility(),
          link: !!root.querySelector(".without-scripting")?.checkVisibility(),
        }
      );
    });
    const withoutShare: string[] = [PAGES.summary, PAGES.about, PAGES.glossary].flatMap((page) => EDITIONS.map((e) => page[e]));
    if (withoutShare.includes(path)) expect(control, `${path} has no share control`).toBeFalsy();
    else {
      expect(control, "share control").toMatchObject({ visible: true, link: false });
      await engine.click("[data-share] button");
      const status = await until(
        () => engine.run(() => document.querySelector("[data-share] [data-share-status]")!.textContent!.trim()),
        (s) => s !== "",
      );
      const t = ui(editionOf(path));
      expect([t.linkCopied, `${t.copyThisLink} ${control!.url}`]).toContain(status);
      expect(control!.url.startsWith(SITE)).toBe(true);
    }

    // A key-figure link, where the page has one (the summary lists figures without links).
    const link = await engine.run(() => {
      const a = document.querySelector<HTMLAnchorElement>(".key-figure a[href*='#']:not(.without-scripting)");
      return a && { href: a.getAttribute("href")!, hash: a.hash };
    });
    if (link) {
      await engine.click(".key-figure a[href*='#']:not(.without-scripting)");
      const landed = await until(
        () =>
          engine.run((hash: string) => {
            const target = document.getElementById(hash.slice(1));
            const r = target?.getBoundingClientRect();
            return {
              hash: location.hash,
              path: location.pathname,
              inView: !!r && r.top >= -1 && r.top < window.innerHeight && r.bottom > 0,
            };
          }, link.hash),
        (v) => v.hash === link.hash && v.inView,
      );
      expect(landed).toEqual({ hash: link.hash, path: link.href.split("#")[0] || path, inView: true });
    }
    expect(await engine.problems()).toEqual([]);
  });
}

test("the dark scheme renders with dark colours on every page", async ({}, testInfo) => {
  test.setTimeout(180_000);
  const dark = await launchEngine(testInfo.project.name as EngineName, testInfo.project.use.baseURL!, { dark: true });
  try {
    for (const path of paths) {
      await dark.setWidth(375);
      await dark.goto(path);
      const colours = await dark.run(() => {
        // Any CSS colour (engines report oklch() as written) through a canvas pixel, as sRGB.
        const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
        const luminance = (css: string) => {
          context.clearRect(0, 0, 1, 1);
          context.fillStyle = css;
          context.fillRect(0, 0, 1, 1);
          const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
          return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
        };
        return {
          background: luminance(getComputedStyle(document.body).backgroundColor),
          text: luminance(getComputedStyle(document.querySelector("h1")!).color),
        };
      });
      expect(colours.background, `${path} background`).toBeLessThan(0.2);
      expect(colours.text, `${path} headline`).toBeGreaterThan(0.7);
      if (screenshots) await dark.screenshot(`screenshots/engines/${dark.name}-${shotName(path)}-375-dark.png`);
      expect(await dark.problems()).toEqual([]);
    }
  } finally {
    await dark.close();
  }
});

// ---------------------------------------------------------------------------------------------------
// Printing, in Firefox (WebKitGTK cannot print to PDF)

/** Page count, text, and every colour text or filled shapes were painted in. */
async function readPdf(bytes: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  let text = "";
  const textColours = new Set<string>();
  const fillColours = new Set<string>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str + " " : "")).join("");
    const { fnArray, argsArray } = await page.getOperatorList();
    let fill = "#000000";
    fnArray.forEach((fn, i) => {
      if (fn === OPS.setFillRGBColor) fill = String(argsArray[i][0]);
      else if (fn === OPS.setFillGray) fill = `gray ${argsArray[i][0]}`;
      else if (fn === OPS.showText) textColours.add(fill);
      else if (fn === OPS.fill || fn === OPS.eoFill || fn === OPS.constructPath) fillColours.add(fill);
    });
  }
  return { pages: doc.numPages, text: text.replace(/\s+/g, " "), textColours, fillColours };
}

/** "#8a8a8a": a shade between black and white, no hue. */
const isGrey = (hex: string) => /^#([0-9a-f]{2})\1\1$/.test(hex);

test.describe("printing", () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "firefox", "WebKitGTK cannot print to PDF"));

  for (const [edition, format] of EDITIONS.flatMap((e) => (["A4", "Letter"] as const).map((f) => [e, f] as const))) {
    test(`the summary (${edition}) prints on one ${format} page, black on white`, async ({ engine }) => {
      await engine.goto(PAGES.summary[edition]);
      const pdf = await readPdf(await engine.pdf!(format));
      expect(pdf.pages).toBe(1);
      for (const s of sections(edition)) expect(pdf.text).toContain(s.title.replace(/\s+/g, " "));
      // The small locator map is on the sheet: its seas are named.
      expect(pdf.text).toContain(edition === "en" ? "Caribbean Sea" : "Mar Caribe");
      expect([...pdf.textColours]).toEqual(["#000000"]);
      expect([...pdf.fillColours].filter((c) => !isGrey(c))).toEqual([]);
    });
  }

  for (const s of EDITIONS.flatMap((edition) => sections(edition))) {
    test(`${s.path} prints on at most three A4 pages, black on white`, async ({ engine }) => {
      await engine.goto(s.path);
      const pdf = await readPdf(await engine.pdf!("A4"));
      expect(pdf.pages).toBeLessThanOrEqual(3);
      expect(pdf.text).toContain(s.title.replace(/\s+/g, " "));
      expect([...pdf.textColours]).toEqual(["#000000"]);
      expect([...pdf.fillColours].filter((c) => !isGrey(c))).toEqual([]);
    });
  }
});
