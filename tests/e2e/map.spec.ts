/** The locator map as a reader uses it: links that land on their passage, keyboard, small screens, colours. */
import { ui } from "../../src/i18n";
import { frameOf, INSET_BOX, MAP_MIN_WIDTH, MAP_WIDTH, WORLD_BOX } from "../../src/lib/map/frame";
import { EDITIONS, editionOf, PAGES, sections } from "../../scripts/lib/content";
import { elementsOf } from "../tools/dist";
import { expect, readingTest, test } from "./fixtures";

const mapPages = EDITIONS.flatMap((edition) => [PAGES.home[edition], ...sections(edition).map((s) => s.path)]);
/** The map's frame on a page (src/lib/map/frame.ts): Borders has the isthmus, every other page the region. */
const frameAt = (path: string) =>
  frameOf(EDITIONS.flatMap((edition) => sections(edition)).find((s) => s.path === path)?.id ?? "introduction");
/** The places a frame draws: all eleven in the region frame (the world map shows the far ones), six on the isthmus. */
const placesIn = (path: string) => (frameAt(path).world ? 11 : 6);
/** A marker's name in the page's edition: "Mexico: see Borders", "México: ver Fronteras". */
const markerName = (path: string) => new RegExp(`^${ui(editionOf(path)).mapPlaceName("(.+)", "(.+)")}$`);
const markers = ".locator-map > svg a";

for (const path of mapPages) {
  // A page of its own, not readingTest's shared one: this test clicks its way between parts, and on the
  // shared page it once arrived with :target not matching the passage, as on a prerendered page (below).
  test(`${path}: every place on the map lands on the passage that names it`, async ({ page, watch }) => {
    await page.goto(path);
    const hrefs = await page.locator(markers).evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBe(placesIn(path));
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
    await page.locator(".locator-map > svg").scrollIntoViewIfNeeded();
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
      // The pointer rests in the margin between clicks: resting on "Next part" would have Chromium
      // prerender that page (speculation rules, on hover), and the passage a label then leads to there
      // is not matched by :target when the prerendered page is activated.
      await page.mouse.move(4, 400);
      if (new URL(page.url()).pathname !== path) await page.goto(path);
      // Start from the page without a fragment, as a reader arriving at it does.
      else await page.evaluate(() => history.replaceState(null, "", location.pathname));
      await page.locator(markers).nth(hrefs.indexOf(href)).locator("text:visible").click();
      await page.mouse.move(4, 400);
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

test("the base map is one SVG file per frame, loaded from this site, that a part asks to shade its countries", async ({
  page,
}) => {
  const response = page.waitForResponse((r) => r.url().endsWith("/map.svg"));
  await page.goto("/");
  const svg = await response;
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  expect(await page.locator(".locator-map image").getAttribute("href")).toBe("/map.svg#introduction");
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto("/es/carteles/");
  expect(await page.locator(".locator-map image").getAttribute("href")).toBe("/map.svg#cartels");
  // Borders has a frame of its own, the isthmus, in a file of its own.
  const borders = page.waitForResponse((r) => r.url().endsWith("/map-borders.svg"));
  await page.goto("/borders/");
  expect(await page.locator(".locator-map image").getAttribute("href")).toBe("/map-borders.svg#borders");
  expect((await borders).headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/es/fronteras/");
  expect(await page.locator(".locator-map image").getAttribute("href")).toBe("/map-borders.svg#borders");
  // Each page asks for its file once at most, whatever its fragment.
  expect(requests.filter((path) => path === "/map.svg").length).toBeLessThanOrEqual(2);
  expect(requests.filter((path) => path === "/map-borders.svg").length).toBeLessThanOrEqual(2);
});

readingTest("the map's credit names Natural Earth under the map and on the About page, in both editions", async ({ page }) => {
  const credits = {
    en: ["Natural Earth (public domain)", "reference geography from Natural Earth"],
    es: ["Natural Earth (dominio público)", "geografía de referencia de Natural Earth"],
  };
  for (const edition of EDITIONS) {
    await page.goto(PAGES.home[edition]);
    await expect(page.locator(".locator-map .credit")).toContainText(credits[edition][0]!);
    await page.goto(PAGES.about[edition]);
    await expect(page.getByRole("main")).toContainText(credits[edition][1]!);
  }
});

readingTest(
  "the places come in reading order after the lede's calls to action, each with a visible focus ring",
  async ({ page }) => {
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
    // The places are top to bottom, as they are read.
    const tops = await page
      .locator(`${markers} text`)
      .evaluateAll((texts) =>
        texts.filter((t) => t.getBoundingClientRect().height > 0).map((t) => t.getBoundingClientRect().top),
      );
    expect(tops.length).toBeGreaterThanOrEqual(11);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  },
);

readingTest("the map has a title line and a one-line key above the drawing, in both editions", async ({ page }) => {
  for (const edition of EDITIONS) {
    const t = ui(edition);
    const host = edition === "en" ? "Panama" : "Panamá";
    for (const [path, title, named] of [
      [PAGES.home[edition], t.mapTitle, t.mapKeyNamedReport],
      [sections(edition)[0]!.path, t.mapTitlePart, t.mapKeyNamedPart],
    ] as const) {
      await page.goto(path);
      const caption = page.locator(".locator-map figcaption");
      await expect(caption.locator("span").first()).toHaveText(title);
      const key = caption.locator(".map-key");
      await expect(key).toHaveText(new RegExp(`${t.mapKeyHost(host)}\\s*${named}\\s*${t.mapKeyPlace}`));
      // Above the drawing, and on one line at 1280 px: every entry of the key shares a top.
      const [captionBox, svgBox] = [await caption.boundingBox(), await page.locator(".locator-map > svg").boundingBox()];
      expect(captionBox!.y + captionBox!.height).toBeLessThanOrEqual(svgBox!.y);
      const tops = await key
        .locator(":scope > span")
        .evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().top)));
      expect(tops).toHaveLength(3);
      expect(new Set(tops).size, `${path}: the key on one line`).toBe(1);
    }
  }
});

for (const width of [320, 375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const path of mapPages) {
      readingTest(
        `${path}: every name is 12 px or more on screen, inside the map, clear of every other name, dot and inset it is not on, and nothing scrolls sideways`,
        async ({ page }) => {
          await page.goto(path);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          const boxes = await page
            .locator(".locator-map > svg")
            .first()
            .evaluate((svg) => {
              const frame = svg.getBoundingClientRect();
              const box = (el: Element) => {
                const r = el.getBoundingClientRect();
                return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, text: el.textContent ?? "" };
              };
              const shown = [...svg.querySelectorAll("text")].filter((t) => getComputedStyle(t).display !== "none");
              return {
                frame: { x0: frame.left, y0: frame.top, x1: frame.right, y1: frame.bottom, text: "" },
                labels: shown.map(box),
                // The size a reader sees: the font size in the drawing's units times the drawing's scale.
                sizes: shown.map((t) => ({
                  text: t.textContent ?? "",
                  px: parseFloat(getComputedStyle(t).fontSize) * (svg as SVGSVGElement).getScreenCTM()!.a,
                })),
                dots: [...svg.querySelectorAll("circle")].map(box),
              };
            });
          const { frame, labels, dots, sizes } = boxes;
          expect(frame.x1 - frame.x0).toBeGreaterThanOrEqual(MAP_MIN_WIDTH);
          // Every place of the frame and both seas are named, once.
          expect(labels.length).toBe(placesIn(path) + 2);
          expect(new Set(labels.map((l) => l.text)).size).toBe(labels.length);
          for (const { text, px } of sizes) expect(px, text).toBeGreaterThanOrEqual(12);
          type Rect = typeof frame;
          const overlap = (a: Rect, b: Rect) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
          const within = (a: Rect, b: Rect) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;
          // The insets the page's frame has, in the page's pixels.
          const scale = (frame.x1 - frame.x0) / MAP_WIDTH;
          const { inset, world } = frameAt(path);
          const insets = [...(inset ? [INSET_BOX] : []), ...(world ? [WORLD_BOX] : [])].map((b) => ({
            x0: frame.x0 + b.x0 * scale,
            y0: frame.y0 + b.y0 * scale,
            x1: frame.x0 + b.x1 * scale,
            y1: frame.y0 + b.y1 * scale,
            text: "",
          }));
          for (const [i, label] of labels.entries()) {
            expect(within(label, frame), label.text).toBe(true);
            for (const other of labels.slice(i + 1)) expect(overlap(label, other), `${label.text} / ${other.text}`).toBe(false);
            for (const dot of dots) expect(overlap(label, dot), label.text).toBe(false);
            for (const inset of insets) expect(!overlap(label, inset) || within(label, inset), label.text).toBe(true);
          }
        },
      );
    }
  });
}

test("in forced colours every place takes the system's link colour, and the seas its text colour", async ({ browser }) => {
  const page = await browser.newPage({ forcedColors: "active" });
  await page.goto("/borders/");
  const fills = await page
    .locator(`${markers} :is(circle, text)`)
    .evaluateAll((shapes) => shapes.map((c) => getComputedStyle(c).fill));
  const [linkText, canvasText] = await page.evaluate(() => {
    const probe = document.createElement("a");
    probe.href = "#";
    document.body.append(probe);
    const colours = [getComputedStyle(probe).color, getComputedStyle(document.body).color];
    probe.remove();
    return colours;
  });
  expect(new Set(fills)).toEqual(new Set([linkText]));
  const seas = await page.locator(".locator-map .sea").evaluateAll((texts) => texts.map((t) => getComputedStyle(t).fill));
  expect(seas.length).toBe(4); // two seas, in the wide and the phone label set
  expect(new Set(seas)).toEqual(new Set([canvasText]));
  await page.close();
});

// axe checks every page with its map in both colour schemes at 375 and 1280 px (reading.spec.ts).

readingTest("a printed part keeps the map, in greys, its dots and names in black on white", async ({ page }) => {
  await page.goto("/borders/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".locator-map > svg")).toBeVisible();
  const fills = await page
    .locator(".locator-map > svg :is(circle, text)")
    .evaluateAll((shapes) => shapes.map((c) => getComputedStyle(c).fill));
  expect(fills.length).toBeGreaterThanOrEqual(13);
  expect(new Set(fills)).toEqual(new Set(["rgb(0, 0, 0)"]));
  // The base map's water, the host and the part's countries are drawn in colour on screen: greys on paper.
  expect(await page.locator(".locator-map image").evaluate((image) => getComputedStyle(image).filter)).toBe("grayscale(1)");
});
