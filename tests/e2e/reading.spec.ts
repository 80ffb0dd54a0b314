import { events, figures, sections } from "../tools/content";
import { pagePaths } from "../tools/dist";
import { axeViolations, expect, test } from "./fixtures";

const sectionFacts = sections();
const HTML_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

test.describe("key figures", () => {
  for (const figure of figures()) {
    test(`"${figure.value}" links to its passage, which is then in view and highlighted`, async ({ page }) => {
      await page.goto("/");
      // On the home page a card has no id: the figure's permalink is on its section's page.
      const card = page.locator("#all-figures .key-figure", { hasText: figure.label });
      await expect(card).toBeVisible();
      await card.getByRole("link").click();
      const path = figure.section === "introduction" ? "/" : `/${figure.section}/`;
      await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, "\\/")}#${figure.passage}$`));
      const passage = page.locator(`#${figure.passage}`);
      await expect(passage).toBeInViewport();
      const value = figure.value.replace(/^Over /, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      await expect(passage).toContainText(new RegExp(value, "i"));
      await expect.poll(() => passage.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    });
  }

  test("the highlight does not move anything on the page", async ({ page }) => {
    const figure = figures().find((f) => f.section !== "introduction")!;
    await page.goto(`/${figure.section}/`);
    const box = () =>
      page.locator(`#${figure.passage}`).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + window.scrollY, left: r.left, width: r.width, height: r.height };
      });
    const before = await box();
    await page.goto(`/${figure.section}/#${figure.passage}`);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${figure.passage}`);
    expect(await box()).toEqual(before);
  });
});

test.describe("timeline", () => {
  test("the home page lists every event in chronological order with valid datetime values", async ({ page }) => {
    await page.goto("/");
    const items = page.locator("#full-timeline li");
    await expect(items).toHaveCount(events().length);
    const rows = await items.evaluateAll((lis) =>
      lis.map((li) => ({ id: li.id, datetime: li.querySelector("time")?.getAttribute("datetime") ?? null })),
    );
    const dated = rows.filter((r) => r.datetime !== null).map((r) => r.datetime!);
    for (const value of dated) expect(value).toMatch(HTML_DATE);
    expect([...dated].sort()).toEqual(dated);
    // Each era stands right after the event it follows (or after another era that does).
    for (const event of events()) {
      if (!("era" in event.when)) continue;
      const index = rows.findIndex((r) => r.id === `event-${event.id}`);
      const anchor = rows.findIndex((r) => r.id === `event-${String(event.when["after"])}`);
      expect(anchor).toBeGreaterThanOrEqual(0);
      expect(index).toBeGreaterThan(anchor);
      for (const between of rows.slice(anchor + 1, index)) expect(between.datetime).toBeNull();
    }
  });

  test("the conference stands out as the pivot", async ({ page }) => {
    await page.goto("/");
    const pivot = page.locator("#full-timeline li.is-pivot");
    await expect(pivot).toHaveCount(1);
    await expect(pivot.locator("time")).toHaveAttribute("datetime", "2025-04-09");
    await expect(pivot).toContainText("The conference");
  });

  for (const section of sectionFacts) {
    test(`/${section.id}/ shows only its own events`, async ({ page }) => {
      await page.goto(`/${section.id}/`);
      const own = events().filter((e) => e.section === section.id);
      await expect(page.locator("#section-timeline li")).toHaveCount(own.length);
    });
  }
});

test.describe("navigation", () => {
  for (const [index, section] of sectionFacts.entries()) {
    test(`/${section.id}/ marks itself in the header, says part ${index + 1} and links on`, async ({ page }) => {
      await page.goto(`/${section.id}/`);
      const current = page.locator('header nav a[aria-current="page"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute("href", `/${section.id}/`);
      await expect(page.locator("main")).toContainText(`Part ${index + 1} of ${sectionFacts.length}`);
      await expect(page.locator("main")).toContainText(/\d+ min read/);
      const previous = sectionFacts[index - 1];
      const next = sectionFacts[index + 1];
      if (previous) await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", `/${previous.id}/`);
      if (next) await expect(page.locator('a[rel="next"]')).toHaveAttribute("href", `/${next.id}/`);
      else await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    });
  }

  test("a section with three or more headings has a working table of contents", async ({ page }) => {
    await page.goto(`/${sectionFacts[0]!.id}/`);
    const toc = page.getByRole("navigation", { name: "In this section" });
    const links = toc.getByRole("link");
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const href = (await links.nth(1).getAttribute("href"))!;
    await links.nth(1).click();
    await expect(page.locator(href)).toBeInViewport();
  });

  test("the skip link is the first thing the keyboard reaches and moves focus to the story", async ({ page }) => {
    await page.goto(`/${sectionFacts[0]!.id}/`);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the story" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });
});

test.describe("layout at every width", () => {
  for (const path of pagePaths()) {
    test(`${path} never scrolls sideways at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test("the key figures sit beside the text at 1280 px and before it at 375 px", async ({ page }) => {
    const section = sectionFacts.find((s) => figures().some((f) => f.section === s.id))!;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${section.id}/`);
    const aside = page.locator("#section-figures");
    const body = page.locator(".section-body");
    let a = (await aside.boundingBox())!;
    let b = (await body.boundingBox())!;
    expect(a.x).toBeGreaterThanOrEqual(b.x + b.width);
    expect(a.y).toBeLessThan(b.y + b.height);

    await page.setViewportSize({ width: 375, height: 800 });
    a = (await aside.boundingBox())!;
    b = (await body.boundingBox())!;
    expect(a.y + a.height).toBeLessThanOrEqual(b.y);
    expect(a.y).toBeLessThan(800);
  });
});

test.describe("accessibility in both colour schemes and at both widths", () => {
  // One load per page: the scheme and the width change in place, and axe runs after each change.
  for (const path of pagePaths()) {
    test(`${path}: no axe violations, light and dark, at 375 and 1280 px`, async ({ page }) => {
      await page.goto(path);
      const found: string[] = [];
      for (const colorScheme of ["light", "dark"] as const) {
        for (const width of [375, 1280]) {
          await page.emulateMedia({ colorScheme });
          await page.setViewportSize({ width, height: 900 });
          found.push(...(await axeViolations(page)).map((v) => `${colorScheme} ${width}px: ${v}`));
        }
      }
      expect(found).toEqual([]);
    });
  }
});

test("with JavaScript off, a section still has its figures, timeline, contents and navigation", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  const section = sectionFacts[0]!;
  await page.goto(`/${section.id}/`);
  await expect(page.locator("#section-figures li").first()).toBeVisible();
  await expect(page.locator("#section-timeline li").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "In this section" })).toBeVisible();
  await expect(page.locator('a[rel="next"]')).toBeVisible();
  await context.close();
});
