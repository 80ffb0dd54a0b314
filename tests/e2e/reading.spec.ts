import { ui } from "../../src/i18n";
import { EDITIONS, events, figures, PAGES, sections } from "../../scripts/lib/content";
import { pagePaths } from "../tools/dist";
import { AXE_COLOUR_RULES, axeViolations, expect, readingTest, test } from "./fixtures";

const sectionFacts = sections();
const HTML_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

for (const edition of EDITIONS) {
  const t = ui(edition);
  const home = PAGES.home[edition];
  const sectionFacts = sections(edition);
  const partPath = (id: string) => (id === "introduction" ? home : sectionFacts.find((s) => s.id === id)!.path);

  test.describe(`key figures (${edition})`, () => {
    for (const figure of figures(edition)) {
      readingTest(`"${figure.value}" links to its passage, which is then in view and highlighted`, async ({ page }) => {
        await page.goto(home);
        // On the home page a card has no id: the figure's permalink is on its section's page.
        const card = page.locator("#all-figures .key-figure", { hasText: figure.label });
        await expect(card).toBeVisible();
        await card.getByRole("link").click();
        const path = partPath(figure.section);
        await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, "\\/")}#${figure.passage}$`));
        const passage = page.locator(`#${figure.passage}`);
        await expect(passage).toBeInViewport();
        const value = figure.value.replace(/^(Over|Más del) /, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        await expect(passage).toContainText(new RegExp(value, "i"));
        await expect.poll(() => passage.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
      });
    }

    readingTest("the highlight does not move anything on the page", async ({ page }) => {
      const figure = figures(edition).find((f) => f.section !== "introduction")!;
      await page.goto(partPath(figure.section));
      const box = () =>
        page.locator(`#${figure.passage}`).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top + window.scrollY, left: r.left, width: r.width, height: r.height };
        });
      const before = await box();
      await page.goto(`${partPath(figure.section)}#${figure.passage}`);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${figure.passage}`);
      expect(await box()).toEqual(before);
    });
  });

  test.describe(`timeline (${edition})`, () => {
    readingTest("the home page lists every event in chronological order with valid datetime values", async ({ page }) => {
      await page.goto(home);
      const items = page.locator("#full-timeline li");
      await expect(items).toHaveCount(events(edition).length);
      const rows = await items.evaluateAll((lis) =>
        lis.map((li) => ({ id: li.id, datetime: li.querySelector("time")?.getAttribute("datetime") ?? null })),
      );
      const dated = rows.filter((r) => r.datetime !== null).map((r) => r.datetime!);
      for (const value of dated) expect(value).toMatch(HTML_DATE);
      expect([...dated].sort()).toEqual(dated);
      // Each era stands right after the event it follows (or after another era that does).
      for (const event of events(edition)) {
        if (!("era" in event.when)) continue;
        const index = rows.findIndex((r) => r.id === `event-${event.id}`);
        const anchor = rows.findIndex((r) => r.id === `event-${String(event.when["after"])}`);
        expect(anchor).toBeGreaterThanOrEqual(0);
        expect(index).toBeGreaterThan(anchor);
        for (const between of rows.slice(anchor + 1, index)) expect(between.datetime).toBeNull();
      }
    });

    readingTest("the conference stands out as the pivot", async ({ page }) => {
      await page.goto(home);
      const pivot = page.locator("#full-timeline li.is-pivot");
      await expect(pivot).toHaveCount(1);
      await expect(pivot.locator("time")).toHaveAttribute("datetime", "2025-04-09");
      await expect(pivot).toContainText(t.timelinePivot);
    });

    readingTest("at 1280 px the timeline shows time: the 1950s far from 2023, 2023 near 2025, one list", async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(home);
      await expect(page.locator("#full-timeline ol")).toHaveCount(1);
      const all = events(edition);
      const lastOf1950s = all.findLast((e) => e.when["decade"] === 1950)!;
      const boxOf = (id: string) =>
        page.locator(`#full-timeline #event-${id}`).evaluate((el) => {
          const r = el.getBoundingClientRect();
          const before = el.previousElementSibling!.getBoundingClientRect();
          return { top: r.top, space: r.top - before.bottom };
        });
      const fifties = await boxOf(lastOf1950s.id);
      const y2023 = await boxOf(all.find((e) => e.when["year"] === 2023)!.id);
      const y2025 = await boxOf(all.find((e) => String(e.when["date"]).startsWith("2025"))!.id);
      // Top to top (each pair has one event between), the 1950s to 2023 take more room than 2023 to 2025;
      // and the empty space before 2023 (decades, the axis broken) is far larger than before 9 April 2025.
      expect(y2023.top - fifties.top).toBeGreaterThan(y2025.top - y2023.top);
      expect(y2023.space).toBeGreaterThan(2 * y2025.space);
      expect(y2025.space).toBeGreaterThan(20);
      const marker = page.locator("#full-timeline .timeline-break");
      await expect(marker).toHaveCount(1);
      await expect(marker).toBeVisible();
      await expect(marker).toHaveAttribute("aria-hidden", "true");
    });

    readingTest("at 375 px the timeline is a plain list: items stacked evenly, no axis break", async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(home);
      await expect(page.locator("#full-timeline ol")).toHaveCount(1);
      await expect(page.locator("#full-timeline .timeline-break")).toBeHidden();
      const gaps = await page
        .locator("#full-timeline li")
        .evaluateAll((lis) =>
          lis.slice(1).map((li, i) => li.getBoundingClientRect().top - lis[i]!.getBoundingClientRect().bottom),
        );
      expect(new Set(gaps.map(Math.round))).toEqual(new Set([20]));
    });

    for (const width of [320, 375, 1280]) {
      readingTest(
        `at ${width} px the timeline is one list in date order, one quiet link an event, none repeated`,
        async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(home);
          await expect(page.locator("#full-timeline ol")).toHaveCount(1);
          const rows = await page.locator("#full-timeline ol > li").evaluateAll((lis) =>
            lis.map((li) => ({
              id: li.id,
              year: Number(/\d{4}/.exec(li.querySelector(".event-when")!.textContent!)?.[0] ?? NaN),
              links: [...li.querySelectorAll("a")].map((a) => a.textContent!.replace(/\s+/g, " ").trim()),
              // The date and the part's tag: side by side on a phone, one above the other on a wide screen.
              when: li.querySelector(".event-when")!.getBoundingClientRect().toJSON() as DOMRect,
              tag: li.querySelector(".event-part")!.getBoundingClientRect().toJSON() as DOMRect,
              numerals: getComputedStyle(li.querySelector(".event-when")!).fontVariantNumeric,
              text: (() => {
                const p = li.querySelector(".event-body p")!;
                const style = getComputedStyle(p);
                return {
                  leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
                  left: p.getBoundingClientRect().left,
                };
              })(),
            })),
          );
          expect(rows.map((r) => r.id).sort()).toEqual(
            events(edition)
              .map((e) => `event-${e.id}`)
              .sort(),
          );
          const years = rows.map((r) => r.year).filter((year) => !Number.isNaN(year));
          expect(years.length).toBeGreaterThan(2);
          expect(years).toEqual([...years].sort((a, b) => a - b));
          for (const row of rows) {
            // One link, the part's name: no "Part:" before it and no date link beside it.
            expect(row.links, row.id).toEqual([expect.not.stringContaining(t.partLink("").trim())]);
            expect(row.numerals, row.id).toContain("tabular-nums");
            expect(row.text.leading, row.id).toBeGreaterThanOrEqual(1.45);
            expect(row.text.leading, row.id).toBeLessThanOrEqual(1.65);
            // The tag never breaks ("Part: / Partnership"): on a narrow phone it may move whole to the next line.
            expect(row.tag.height, `${row.id}: the tag on one line`).toBeLessThan(24);
            if (width >= 1024) {
              // A column of dates, right-aligned, left of the text.
              expect(Math.round(row.when.right)).toBe(Math.round(rows[0]!.when.right));
              expect(row.text.left, row.id).toBeGreaterThan(row.when.right + 32);
            }
          }
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        },
      );
    }

    for (const section of sectionFacts) {
      readingTest(`${section.path} shows only its own events`, async ({ page }) => {
        await page.goto(section.path);
        const own = events(edition).filter((e) => e.section === section.id);
        await expect(page.locator("#section-timeline li")).toHaveCount(own.length);
      });
    }
  });

  test.describe(`navigation (${edition})`, () => {
    for (const [index, section] of sectionFacts.entries()) {
      readingTest(`${section.path} marks itself in the header, says part ${index + 1} and links on`, async ({ page }) => {
        await page.goto(section.path);
        const current = page.locator('header nav a[aria-current="page"]');
        await expect(current).toHaveCount(1);
        await expect(current).toHaveAttribute("href", section.path);
        await expect(page.locator("main")).toContainText(t.partOf(index + 1, sectionFacts.length));
        const previous = sectionFacts[index - 1];
        const next = sectionFacts[index + 1];
        if (previous) await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", previous.path);
        if (next) await expect(page.locator('a[rel="next"]')).toHaveAttribute("href", next.path);
        else await expect(page.locator('a[rel="next"]')).toHaveCount(0);
      });
    }

    readingTest("a section with three or more headings has a working table of contents", async ({ page }) => {
      await page.goto(sectionFacts[0]!.path);
      const toc = page.getByRole("navigation", { name: t.tocHeading });
      const links = toc.getByRole("link");
      expect(await links.count()).toBeGreaterThanOrEqual(3);
      const href = (await links.nth(1).getAttribute("href"))!;
      await links.nth(1).click();
      await expect(page.locator(href)).toBeInViewport();
    });

    readingTest("the skip link is the first thing the keyboard reaches and moves focus to the story", async ({ page }) => {
      await page.goto(sectionFacts[0]!.path);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: t.skipToStory });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#main$/);
    });
  });
}

test.describe("layout at every width", () => {
  // No sideways scroll at 320, 375 and 1280 px, on every page: design.spec.ts.

  readingTest(
    "the key figures sit beside the text at 1280 px and before it at 375 px, after the headline and standfirst",
    async ({ page }) => {
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
      // The phone order of issue 32: headline, standfirst, the map and figures, then the text.
      expect(a.y + a.height).toBeLessThanOrEqual(b.y);
      expect((await page.locator("article header h1 + p").boundingBox())!.y).toBeLessThan(800);
    },
  );
});

test.describe("accessibility in both colour schemes and at both widths", () => {
  // One load per page: the scheme and the width change in place, and axe runs after each change. Every
  // rule runs in the light scheme at both widths; the dark scheme changes colours and nothing else
  // (tests/dist/colours.test.ts), so in it axe runs the rules that read colours.
  for (const path of pagePaths()) {
    readingTest(`${path}: no axe violations, light and dark, at 375 and 1280 px`, async ({ page }) => {
      await page.goto(path);
      const found: string[] = [];
      for (const colorScheme of ["light", "dark"] as const) {
        for (const width of [375, 1280]) {
          // Without motion the scheme's colours apply at once (no 0.6 s background transition to catch midway).
          await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
          await page.setViewportSize({ width, height: 900 });
          const rules = colorScheme === "dark" ? AXE_COLOUR_RULES : undefined;
          found.push(...(await axeViolations(page, rules)).map((v) => `${colorScheme} ${width}px: ${v}`));
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
  await expect(page.getByRole("navigation", { name: "In this part" })).toBeVisible();
  await expect(page.locator('a[rel="next"]')).toBeVisible();
  await context.close();
});
