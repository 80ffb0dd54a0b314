/** The locator map as a reader uses it: links that land on their passage, keyboard, small screens, colours. */
import { ui } from "../../src/i18n";
import { EDITIONS, editionOf, PAGES, sections } from "../tools/content";
import { elementsOf } from "../tools/dist";
import { expect, test } from "./fixtures";

const mapPages = EDITIONS.flatMap((edition) => [PAGES.home[edition], ...sections(edition).map((s) => s.path)]);
/** A marker's name in the page's edition: "Mexico: see Borders", "México: ver Fronteras". */
const markerName = (path: string) => new RegExp(`^${ui(editionOf(path)).mapPlaceName("(.+)", "(.+)")}$`);
const markers = ".locator-map svg a";

for (const path of mapPages) {
  test(`${path}: every place on the map and in its list lands on the passage that names it`, async ({ page, watch }) => {
    await page.goto(path);
    const hrefs = await page.locator(markers).evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    const listed = await page
      .locator(".locator-map figcaption li a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThanOrEqual(11);
    expect(listed).toEqual(hrefs);
    // Every target is a passage: read each page the markers lead to once (the link checker in
    // tests/dist/links.test.ts proves the ids exist; this proves they are passages).
    const pages = new Map<string, ReturnType<typeof elementsOf>>();
    for (const href of hrefs) {
      const [target, id] = href.split("#") as [string, string];
      if (!pages.has(target)) pages.set(target, elementsOf(await (await page.request.get(target || path)).text()));
      const element = pages.get(target)!.find((e) => e.attributes.get("id") === decodeURIComponent(id));
      expect(element?.attributes.get("class")?.split(/\s+/), href).toContain("passage");
    }
    // A reader clicks the dot or the label: nothing may cover a dot, and every marker is named.
    await page.locator(".locator-map svg").scrollIntoViewIfNeeded();
    for (const [index, href] of hrefs.entries()) {
      const marker = page.locator(markers).nth(index);
      await expect(marker).toHaveAccessibleName(markerName(path));
      if ((await marker.locator("circle").count()) === 0) continue;
      const dot = (await marker.locator("circle").boundingBox())!;
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest("a")?.getAttribute("href"),
        [dot.x + dot.width / 2, dot.y + dot.height / 2],
      );
      expect(hit, href).toBe(href);
    }
    // Clicking a label lands on the passage, highlighted and in view: every marker that stays on this
    // page, and the first that leads to another.
    const here = [...new Set(hrefs.filter((href) => href.startsWith("#") || href.startsWith(`${path}#`)))];
    const away = hrefs.find((href) => !here.includes(href));
    for (const href of [...here, ...(away ? [away] : [])]) {
      if (new URL(page.url()).pathname !== path) await page.goto(path);
      // Start from the page without a fragment, as a reader arriving at it does.
      else await page.evaluate(() => history.replaceState(null, "", location.pathname));
      await page.locator(markers).nth(hrefs.indexOf(href)).locator("text").click();
      await expect(page).toHaveURL(new URL(href, page.url()).href);
      const id = decodeURIComponent(href.split("#")[1]!);
      const target = page.locator(`[id="${id}"]`);
      await expect(target).toHaveClass(/\bpassage\b/);
      await expect(target).toBeInViewport();
      expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
    }
    expect(watch.errors).toEqual([]);
    expect(watch.offsite).toEqual([]);
  });
}

test("the base map is one shared SVG file, loaded from this site", async ({ page }) => {
  const response = page.waitForResponse((r) => r.url().endsWith("/map.svg"));
  await page.goto("/");
  const svg = await response;
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(await page.locator(".locator-map image").getAttribute("href")).toBe("/map.svg");
});

test("the map's credit names Natural Earth under the map and on the About page, in both editions", async ({ page }) => {
  const credits = {
    en: ["Natural Earth (public domain)", "reference geography from Natural Earth"],
    es: ["Natural Earth (dominio público)", "geografía de referencia de Natural Earth"],
  };
  for (const edition of EDITIONS) {
    await page.goto(PAGES.home[edition]);
    await expect(page.locator(".locator-map figcaption")).toContainText(credits[edition][0]!);
    await page.goto(PAGES.about[edition]);
    await expect(page.getByRole("main")).toContainText(credits[edition][1]!);
  }
});

test("the markers come in reading order after the lede's calls to action, each with a visible focus ring", async ({ page }) => {
  await page.goto("/");
  const names = await page.locator(markers).evaluateAll((links) => links.map((a) => a.getAttribute("aria-label")!));
  // "Start reading", then "Share this explainer": the last of the group before the map.
  await page.getByRole("button", { name: "Share this explainer" }).focus();
  for (const name of names) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toHaveAttribute("aria-label", name);
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle + " " + getComputedStyle(el).outlineWidth);
    expect(outline).not.toMatch(/^none|\s0px$/);
  }
  // The markers are north to south.
  const ys = await page.locator(`${markers} circle`).evaluateAll((circles) => circles.map((c) => Number(c.getAttribute("cy"))));
  expect(ys).toEqual([...ys].sort((a, b) => a - b));
});

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of mapPages) {
    test(`${path}: no label runs off the map or into another label or marker, and nothing scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const boxes = await page.locator(".locator-map svg").evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, text: el.textContent ?? "" };
        };
        return {
          frame: { x0: frame.left, y0: frame.top, x1: frame.right, y1: frame.bottom },
          labels: [...svg.querySelectorAll("text")].map(box),
          dots: [...svg.querySelectorAll("circle")].map(box),
        };
      });
      const { frame, labels, dots } = boxes;
      expect(frame.x1 - frame.x0).toBeGreaterThan(250);
      expect(labels.length).toBeGreaterThanOrEqual(12);
      const overlap = (a: typeof frame, b: typeof frame) =>
        a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
      for (const [i, label] of labels.entries()) {
        expect(label.x0, label.text).toBeGreaterThanOrEqual(frame.x0);
        expect(label.x1, label.text).toBeLessThanOrEqual(frame.x1);
        expect(label.y0, label.text).toBeGreaterThanOrEqual(frame.y0);
        expect(label.y1, label.text).toBeLessThanOrEqual(frame.y1);
        for (const other of labels.slice(i + 1)) expect(overlap(label, other), `${label.text} / ${other.text}`).toBe(false);
        for (const dot of dots) expect(overlap(label, dot), label.text).toBe(false);
      }
    });
  }
});

test("in forced colours every marker takes the system's link colour", async ({ browser }) => {
  const page = await browser.newPage({ forcedColors: "active" });
  await page.goto("/borders/");
  const fills = await page.locator(`${markers} circle`).evaluateAll((circles) => circles.map((c) => getComputedStyle(c).fill));
  const linkText = await page
    .locator(".locator-map figcaption a")
    .first()
    .evaluate((a) => getComputedStyle(a).color);
  expect(new Set(fills)).toEqual(new Set([linkText]));
  await page.close();
});

// axe checks every page with its map in both colour schemes at 375 and 1280 px (reading.spec.ts).

test("a printed part keeps the map, in black on white, without the linked list", async ({ page }) => {
  await page.goto("/borders/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".locator-map svg")).toBeVisible();
  await expect(page.locator(".locator-map figcaption ul")).toBeHidden();
  const fills = await page.locator(`${markers} circle`).evaluateAll((circles) => circles.map((c) => getComputedStyle(c).fill));
  expect(new Set(fills)).toEqual(new Set(["rgb(0, 0, 0)"]));
});
