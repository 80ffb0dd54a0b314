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

/*
 * The chapter pages and the overview's timeline at 1280 px (issue 32, round 6): a part's headline a step
 * under the cover's; the timeline's dates in a column wide enough for them, its part tags quiet, its
 * spacing in whole steps, its pivot marked without a fill; the key figures kept in view beside it.
 */
for (const edition of EDITIONS) {
  readingTest(
    `${edition}: at 1280 px a chapter's headline is about 40 px, a step under the cover's, in 3 or 4 lines`,
    async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const headline = async (path: string) => {
        await page.goto(path);
        return page.locator("article h1").evaluate((h) => {
          const style = getComputedStyle(h);
          return { size: parseFloat(style.fontSize), lines: h.getBoundingClientRect().height / parseFloat(style.lineHeight) };
        });
      };
      const cover = await headline(PAGES.home[edition]);
      for (const path of [...sections(edition).map((s) => s.path), PAGES.about[edition], PAGES.glossary[edition]]) {
        const chapter = await headline(path);
        expect(chapter.size, path).toBeGreaterThanOrEqual(38);
        expect(chapter.size, path).toBeLessThanOrEqual(42);
        expect(chapter.size / cover.size, path).toBeLessThan(0.8);
        // The first part's headline (the reader's first) in 3 lines; the longest of all (the cartels' in
        // Spanish) in 4.
        const most = path === sections(edition)[0]!.path ? 3 : 4;
        expect(Math.round(chapter.lines), `${path}: lines of the headline`).toBeLessThanOrEqual(most);
      }
    },
  );

  readingTest(`${edition}: at 1280 px the timeline's dates fit their column, its tags and pivot are quiet`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(PAGES.home[edition]);
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      const rows = await page.locator("#full-timeline ol > li").evaluateAll((lis) =>
        lis.map((li) => {
          const when = li.querySelector(".event-when")!;
          const tag = li.querySelector(".event-part")!;
          return {
            id: li.id,
            dated: when.querySelector("time") !== null,
            lines: when.getBoundingClientRect().height / parseFloat(getComputedStyle(when).lineHeight),
            // Broken only between words: no line starts with the rest of a word.
            words: when.textContent!.trim().split(/\s+/).length,
            tagLine: getComputedStyle(tag).textDecorationLine,
            marginTop: parseFloat(getComputedStyle(li).marginTop),
            fill: getComputedStyle(li).backgroundColor,
          };
        }),
      );
      for (const row of rows) {
        const most = row.dated ? 1 : Math.min(2, row.words);
        expect(Math.round(row.lines), `${row.id}: lines of its date`).toBeLessThanOrEqual(most);
        expect(row.tagLine, `${row.id}: its part tag is not underlined at rest`).toBe("none");
        expect(row.fill, `${row.id} (${colorScheme}): no band behind the event`).toBe("rgba(0, 0, 0, 0)");
      }
      // The space before each event is a whole number of steps of the space between two of one period.
      const unit = Math.min(...rows.slice(1).map((r) => r.marginTop));
      expect(unit).toBeGreaterThan(12);
      for (const row of rows.slice(1)) expect(row.marginTop / unit, row.id).toBeCloseTo(Math.round(row.marginTop / unit), 5);
    }
    const tag = page.locator("#full-timeline .event-part").first();
    await tag.hover();
    expect(await tag.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe("underline");
  });

  readingTest(`${edition}: at 1280 px the overview's key figures stay in view beside the timeline`, async ({ page }) => {
    // A short window, shorter than the timeline: the figures must travel with it to be seen at its end.
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto(PAGES.home[edition]);
    const timeline = page.locator("#full-timeline");
    // Scrolled to the timeline's last event: the figures, above it in the page, are still on screen.
    await timeline
      .locator("ol > li")
      .last()
      .evaluate((li) => li.scrollIntoView({ block: "end", behavior: "instant" }));
    const [figures, end] = await Promise.all([
      page.locator("#all-figures").evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
      timeline.evaluate((el) => el.getBoundingClientRect().bottom),
    ]);
    expect(figures.top).toBeGreaterThanOrEqual(0);
    expect(figures.bottom).toBeLessThanOrEqual(end + 1);
    expect(end - figures.bottom, "the figures end near the timeline's end").toBeLessThan(500);
  });
}

for (const edition of EDITIONS) {
  readingTest(
    `${edition}: a glossary entry's caveat is a note set apart: the sans, smaller than the definition`,
    async ({ page }) => {
      await page.goto(PAGES.glossary[edition]);
      const notes = await page.locator("main dd").evaluateAll((dds) =>
        dds
          .filter((dd) => dd.querySelector(".glossary-caveat"))
          .map((dd) => {
            const style = (el: Element) => getComputedStyle(el);
            const note = dd.querySelector(".glossary-caveat")!;
            return {
              definition: { size: parseFloat(style(dd).fontSize), family: style(dd).fontFamily },
              note: { size: parseFloat(style(note).fontSize), family: style(note).fontFamily },
            };
          }),
      );
      expect(notes.length).toBeGreaterThan(0);
      for (const { definition, note } of notes) {
        expect(note.size).toBeLessThanOrEqual(definition.size * 0.8);
        expect(note.family).not.toBe(definition.family);
      }
    },
  );
}
