/**
 * What an accessibility audit beyond axe looks at: a denied clipboard, forced colours, the names in a
 * screen reader's list of links, region names, the timeline's dates and focus rings, and layout at the
 * widths readers use.
 */
import type { Page } from "@playwright/test";
import { ui } from "../../src/i18n";
import { EDITIONS, events, figures, PAGES, sections } from "../../scripts/lib/content";
import { SITE } from "../tools/dist";
import { expect, readingTest, test } from "./fixtures";

const first = sections()[0]!;

for (const edition of EDITIONS) {
  const t = ui(edition);
  const first = sections(edition)[0]!;
  // Besides the first part, the other part with the most key figures (each brings links of its own).
  const figureCount = (id: string) => figures().filter((f) => f.section === id).length;
  const mostFigures = sections(edition)
    .filter((s) => s.id !== first.id)
    .sort((a, b) => figureCount(b.id) - figureCount(a.id))[0]!;
  const url = `${SITE}${first.path}`;

  test(`${edition}: with the clipboard denied, the address to copy stays until the reader's next use of a control`, async ({
    page,
  }) => {
    await page.clock.install();
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
      Object.defineProperty(Navigator.prototype, "clipboard", {
        configurable: true,
        get: () => ({ writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) }),
      });
    });
    await page.goto(first.path);
    const control = page.locator("header [data-share]");
    await control.getByRole("button", { name: t.shareSection }).click();
    const status = control.getByRole("status");
    await expect(status).toHaveText(`${t.copyThisLink} ${url}`);
    await page.clock.runFor(60_000);
    await expect(status).toHaveText(`${t.copyThisLink} ${url}`);
  });

  test(`${edition}: 'Link copied' goes away again after a while`, async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.clock.install();
    await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
    await page.goto(first.path);
    const control = page.locator("header [data-share]");
    await control.getByRole("button", { name: t.shareSection }).click();
    await expect(control.getByRole("status")).toHaveText(t.linkCopied);
    await page.clock.runFor(10_000);
    await expect(control.getByRole("status")).toHaveText("");
  });

  for (const path of [PAGES.home[edition], first.path, mostFigures.path]) {
    readingTest(`${path}: one link name never leads to two places, and names have no stray spaces`, async ({ page }) => {
      await page.goto(path);
      const links = await linkList(page);
      expect(links.length).toBeGreaterThan(10);
      const byName = new Map<string, Set<string>>();
      for (const { name, href } of links) byName.set(name, (byName.get(name) ?? new Set()).add(href));
      const ambiguous = [...byName]
        .filter(([, hrefs]) => hrefs.size > 1)
        .map(([name, hrefs]) => `${name} -> ${[...hrefs].join(" ")}`);
      expect(ambiguous).toEqual([]);
      expect(links.map((l) => l.name).filter((n) => /\s[,.:;]|\s{2}|^\s|\s$/.test(n))).toEqual([]);
    });
  }

  readingTest(`${edition}: timeline date links are named after their event, with no stray space`, async ({ page }) => {
    // On a part page, where the date links to its own event (the home page links each to its part instead).
    const event = events(edition).find((e) => "decade" in e.when)!;
    await page.goto(sections(edition).find((s) => s.id === event.section)!.path);
    const link = page.locator(`#event-${event.id} a.event-permalink`);
    await expect(link).toHaveAccessibleName(t.eventPermalinkLabel(t.decade(event.when["decade"] as number), event.text));
  });

  readingTest(`${edition}: a part's meta line says which part it is, and nothing about its length`, async ({ page }) => {
    await page.goto(first.path);
    const snapshot = await page.locator("article header p").first().ariaSnapshot();
    expect(snapshot).toBe(`- paragraph: ${t.partOf(first.order, sections().length)}`);
  });

  readingTest(`${edition}: each part's sidebar is named for what it holds`, async ({ page }) => {
    for (const section of sections(edition)) {
      await page.goto(section.path);
      const aside = page.locator("aside.section-sidebar");
      const hasFigures = (await aside.locator(".key-figures").count()) > 0;
      const hasContents = (await aside.locator("nav.toc").count()) > 0;
      const expected =
        hasFigures && hasContents ? t.sidebarFiguresAndContents : hasFigures ? t.keyFiguresHeading : t.sidebarContents;
      await expect(aside, section.id).toHaveAccessibleName(expected);
    }
  });
}

test.describe("in forced colours", () => {
  test.beforeEach(async ({ page }) => page.emulateMedia({ forcedColors: "active" }));

  readingTest("the current part in the header keeps a system-colour underline", async ({ page }) => {
    await page.goto(`/${first.id}/`);
    const current = page.locator("header nav [aria-current=page]");
    await expect(current).toHaveCSS("text-decoration-line", "underline");
    await expect(current).toHaveCSS("text-decoration-thickness", "3px");
    const other = page.locator("header nav a:not([aria-current])").first();
    await expect(other).toHaveCSS("text-decoration-line", "none");
  });

  readingTest("the print button keeps its outline", async ({ page }) => {
    await page.goto("/summary/");
    const button = page.getByRole("button", { name: "Print this summary" });
    await expect(button).toHaveCSS("border-top-style", "solid");
    await expect(button).toHaveCSS("border-top-width", "2px");
  });

  readingTest("the passage a reader arrives at is outlined", async ({ page }) => {
    const figure = figures().find((f) => f.section !== "introduction")!;
    await page.goto(`/${figure.section}/#${figure.passage}`);
    await expect(page.locator(`#${figure.passage}`)).toHaveCSS("outline-style", "solid");
    await expect(page.locator(`#${figure.passage}`)).toHaveCSS("outline-width", "3px");
  });
});

/** The links a screen reader lists: accessible name and where each leads, from the accessibility tree. */
async function linkList(page: Page): Promise<{ name: string; href: string }[]> {
  const links = page.getByRole("link");
  const out: { name: string; href: string }[] = [];
  for (const link of await links.all()) {
    if (!(await link.isVisible()) && !(await link.evaluate((el) => !!el.closest(".sr-only, .heading-anchor")))) continue;
    const snapshot = (await link.ariaSnapshot()).split("\n")[0]!;
    const name = /^- link "((?:[^"\\]|\\.)*)"/.exec(snapshot)?.[1] ?? /^- link ([^:]*)/.exec(snapshot)?.[1] ?? snapshot;
    out.push({ name, href: new URL((await link.getAttribute("href"))!, SITE).href });
  }
  return out;
}

test.describe("the timeline", () => {
  readingTest("a decade claims no year it does not know: no datetime for it", async ({ page }) => {
    await page.goto("/");
    for (const event of events().filter((e) => "decade" in e.when)) {
      const item = page.locator(`#full-timeline #event-${event.id}`);
      await expect(item.locator("time")).toHaveCount(0);
      await expect(item).toContainText(`${event.when["decade"]}s`);
    }
  });

  readingTest("date permalinks look like links and their focus ring hugs the date", async ({ page }) => {
    const event = events().find((e) => e.section !== "introduction")!;
    await page.goto(`/${event.section}/`);
    const item = page.locator(`#section-timeline #event-${event.id}`);
    const link = item.locator("a.event-permalink");
    await expect(link).toHaveCSS("text-decoration-line", "underline");
    await link.focus();
    await expect(link).toBeFocused();
    // Measured together (focusing may scroll the page smoothly): the ring (3 px outline, 2 px offset)
    // around the date alone, clear of the event's text: below it on a phone, beside it on a wide screen.
    const { ring, text } = await item.evaluate((li) => {
      const box = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
      return { ring: box(li.querySelector("a.event-permalink")!), text: box(li.querySelector(".event-body p")!) };
    });
    expect(ring.width).toBeLessThan(200);
    expect(ring.bottom + 5 <= text.top || ring.right + 5 <= text.left).toBe(true);
  });

  readingTest("the pivot's dot is amber, the others grey", async ({ page }) => {
    await page.goto("/");
    const dot = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el, "::before").backgroundColor);
    const pivot = await dot("#full-timeline li.is-pivot");
    const other = await dot("#full-timeline li:not(.is-pivot)");
    expect(pivot).not.toBe(other);
    const { r, g, b } = await page.evaluate((css) => {
      const c = document.createElement("canvas").getContext("2d")!;
      c.fillStyle = css;
      c.fillRect(0, 0, 1, 1);
      const [r, g, b] = c.getImageData(0, 0, 1, 1).data;
      return { r: r!, g: g!, b: b! };
    }, pivot);
    expect(r).toBeGreaterThan(b + 40);
    expect(g).toBeGreaterThan(b + 20);
  });
});

test.describe("layout", () => {
  readingTest("at 1280 px the text and the sidebar sit one gap apart", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${first.id}/`);
    const text = await page.locator(".section-body").boundingBox();
    const aside = await page.locator("aside.section-sidebar").boundingBox();
    expect(aside!.x - (text!.x + text!.width)).toBeLessThanOrEqual(64);
  });

  readingTest(
    "at 375 px the home page's lede comes first, and 'Start reading' follows it on the first screens",
    async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto("/");
      const start = await page.getByRole("link", { name: "Start reading" }).boundingBox();
      const lede = await page.locator("article .prose").boundingBox();
      expect(start!.y).toBeGreaterThanOrEqual(lede!.y + lede!.height);
      expect(start!.y + start!.height).toBeLessThan(3 * 800);
    },
  );

  readingTest("figures in one row line up their labels, phrase or number", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const rows = await page.locator("#all-figures li").evaluateAll((lis) =>
      lis.map((li) => ({
        top: Math.round(li.getBoundingClientRect().top),
        label: Math.round(li.querySelector("p > span:last-of-type")!.getBoundingClientRect().top),
      })),
    );
    const byRow = new Map<number, Set<number>>();
    for (const { top, label } of rows) byRow.set(top, (byRow.get(top) ?? new Set()).add(label));
    for (const labels of byRow.values()) expect(labels.size).toBe(1);
  });

  readingTest("at 320 px 'Copy link' stays on one line", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/${first.id}/`);
    const button = page.locator(".key-figure [data-share] button").first();
    const lines = await button.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
  });

  readingTest(
    "the summary's QR code is for paper: hidden on screen at every width, its address on one line in print",
    async ({ page }) => {
      await page.goto("/summary/");
      for (const width of [320, 718, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await expect(page.locator(".summary-qr"), `screen at ${width} px`).toBeHidden();
      }
      await page.emulateMedia({ media: "print" });
      const lines = await page.locator(".summary-qr figcaption a").evaluate((a) => {
        const range = document.createRange();
        range.selectNodeContents(a);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBe(1);
    },
  );

  readingTest("the 404 page's footer reaches the bottom of the window", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.goto("/no-such-page/");
    const footer = await page.locator("body > footer").boundingBox();
    expect(Math.round(footer!.y + footer!.height)).toBeGreaterThanOrEqual(1200);
  });
});
