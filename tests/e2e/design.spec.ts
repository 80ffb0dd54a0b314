/**
 * The design's geometry, measured (issue 22): the story on a phone's first screen, a one-row header,
 * nothing scrolling sideways, one body size and leading, heading links shown on hover and focus only,
 * figures in words set smaller than numbers. Sizes and positions only, never pixels.
 */
import { ui } from "../../src/i18n";
import { EDITIONS, editionOf, PAGES, sections } from "../../scripts/lib/content";
import { pagePaths } from "../tools/dist";
import { expect, readingTest, test } from "./fixtures";

const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [320, 375, 1280];
/** The reading text of each template: the first element of it on the page is measured. */
function bodyTextOf(path: string): string | undefined {
  const edition = editionOf(path);
  if (path === PAGES.home[edition]) return "article .prose p";
  if (path === PAGES.about[edition]) return "main article > p";
  if (path === PAGES.glossary[edition]) return "main article dd";
  if (path === PAGES.summary[edition]) return ".summary-part p";
  if (sections(edition).some((s) => s.path === path)) return ".section-body p";
  return undefined;
}

for (const edition of EDITIONS) {
  const storyPages = [PAGES.home[edition], ...sections(edition).map((s) => s.path)];
  for (const path of storyPages) {
    // A part puts its map and key figures between the standfirst and the text (issue 32): there the
    // headline and the standfirst are on the first screen, and layout.spec.ts measures the order after them.
    const isPart = path !== PAGES.home[edition];
    readingTest(
      isPart
        ? `${path}: on a 375x800 phone the headline and standfirst are on the first screen, the text after them`
        : `${path}: on a 375x800 phone the headline, standfirst and the story's first sentence are on the first screen`,
      async ({ page }) => {
        await page.setViewportSize({ width: 375, height: 800 });
        await page.goto(path);
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
          const headline = await box("article h1");
          const standfirst = await box("article header h1 + p");
          const first = await box(bodyTextOf(path)!);
          expect(headline.y).toBeGreaterThan(0);
          expect(standfirst.y).toBeGreaterThanOrEqual(headline.y + headline.height);
          expect(first.y).toBeGreaterThan(standfirst.y + standfirst.height);
          if (isPart) {
            expect(
              standfirst.y + standfirst.height,
              `${colorScheme}: the standfirst ends within the first screen`,
            ).toBeLessThanOrEqual(800);
            continue;
          }
          const firstSentenceBottom = await page
            .locator(bodyTextOf(path)!)
            .first()
            .evaluate((paragraph) => {
              // Where the first sentence ends: abbreviations with stops (EE. UU., U.S.) are not an end.
              const text = paragraph.textContent!.replace(/EE\. UU\./g, "EE# UU#").replace(/U\.S\./g, "U#S#");
              const end = text.search(/[.!?](\s|$)/) + 1 || text.length;
              const range = document.createRange();
              const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
              let seen = 0;
              range.setStart(paragraph, 0);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const length = node.textContent!.length;
                if (seen + length >= end) {
                  range.setEnd(node, end - seen);
                  break;
                }
                seen += length;
              }
              return range.getBoundingClientRect().bottom;
            });
          expect(firstSentenceBottom, `${colorScheme}: the first sentence ends within the first screen`).toBeLessThanOrEqual(800);
        }
      },
    );
  }
}

for (const path of pagePaths()) {
  readingTest(
    `${path}: one-row header, no sideways scroll, one body size and leading at 320, 375 and 1280 px`,
    async ({ page }) => {
      await page.goto(path);
      const body = bodyTextOf(path);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          const at = `${width} px, ${colorScheme}`;
          const header = (await page.locator("body > header").boundingBox())!;
          expect(header.height, `${at}: header height`).toBeLessThanOrEqual(56);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${at}: sideways scroll`).toBeLessThanOrEqual(0);
          if (!body) continue;
          const { size, leading } = await page
            .locator(body)
            .first()
            .evaluate((el) => {
              const style = getComputedStyle(el);
              return { size: parseFloat(style.fontSize), leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
            });
          expect(size, `${at}: body size`).toBe(18);
          expect(leading, `${at}: body leading`).toBeGreaterThanOrEqual(1.45);
          expect(leading, `${at}: body leading`).toBeLessThanOrEqual(1.65);
        }
      }
    },
  );
}

for (const edition of EDITIONS) {
  const t = ui(edition);

  test(`${edition}: from 320 to 414 px the header is one row, and every part is reachable from it without JavaScript`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(sections(edition)[1]!.path);
    for (const width of [320, 375, 414]) {
      await page.setViewportSize({ width, height: 800 });
      const header = page.locator("body > header");
      expect((await header.boundingBox())!.height, `${width} px`).toBeLessThanOrEqual(56);
      const nav = header.getByRole("navigation", { name: t.headerNavLabel });
      const toggle = header.locator("summary");
      await expect(nav).toBeHidden();
      await expect(toggle).toHaveText(new RegExp(`^${t.partsMenu}\\W*$`));
      await toggle.click();
      await expect(nav).toBeVisible();
      for (const section of sections(edition)) {
        const link = nav.locator(`a[href="${section.path}"]`);
        await expect(link).toBeInViewport();
      }
      await expect(nav.getByRole("link", { name: t.summaryLinkLabel })).toBeInViewport();
      // Opening it moves nothing below the header: the list lies over the page.
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(56);
      await toggle.click();
      await expect(nav).toBeHidden();
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.locator("body > header").getByRole("navigation", { name: t.headerNavLabel })).toBeVisible();
    for (const section of sections(edition))
      await expect(page.locator(`body > header nav a[href="${section.path}"]`)).toBeInViewport();
    await context.close();
  });

  readingTest(`${edition}: a heading's "#" link is hidden at rest and shown on hover and keyboard focus`, async ({ page }) => {
    await page.goto(sections(edition)[0]!.path);
    const anchors = page.locator(".heading-anchor");
    expect(await anchors.count()).toBeGreaterThanOrEqual(2);
    const opacity = (i: number) => anchors.nth(i).evaluate((el) => getComputedStyle(el).opacity);
    const count = await anchors.count();
    for (let i = 0; i < count; i++) expect(await opacity(i)).toBe("0");
    await anchors.nth(0).locator("xpath=..").hover();
    expect(await opacity(0)).toBe("1");
    await page.mouse.move(0, 0);
    await anchors.nth(1).focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect(anchors.nth(1)).toBeFocused();
    expect(await opacity(1)).toBe("1");
    expect(await opacity(0)).toBe("0");
  });

  readingTest(`${edition}: the key figures are quantities, all set in one style, a qualifier small above`, async ({ page }) => {
    await page.goto(PAGES.home[edition]);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const values = await page.locator("#all-figures .key-figure").evaluateAll((figures) =>
          figures.map((figure) => {
            const value = figure.querySelector(".figure-value")!;
            const qualifier = figure.querySelector(".figure-qualifier");
            const style = getComputedStyle(value);
            return {
              text: value.textContent!.trim(),
              style: `${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.color}`,
              size: parseFloat(style.fontSize),
              qualifier: qualifier && parseFloat(getComputedStyle(qualifier).fontSize),
            };
          }),
        );
        const where = `${width} px, ${colorScheme}`;
        expect(values.length, where).toBeGreaterThan(1);
        // The number alone ("25%"): a qualifier ("More than") stands apart, at most half its size.
        expect(
          values.filter((v) => !/^[\d\s\u00a0.,%]+$/.test(v.text)).map((v) => v.text),
          where,
        ).toEqual([]);
        expect(new Set(values.map((v) => v.style)).size, where).toBe(1);
        for (const v of values) if (v.qualifier) expect(v.qualifier, where).toBeLessThanOrEqual(v.size / 2);
        expect(
          values.some((v) => v.qualifier),
          where,
        ).toBe(true);
      }
    }
  });
}
