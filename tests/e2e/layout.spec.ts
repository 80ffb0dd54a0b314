/**
 * The page layouts of issue 32, measured: the reading order of a part on a phone (the same in the DOM and
 * on screen), one right edge at 1280 px, a side column that never leaves a screen of it empty, quiet end
 * matter (corrections folded, the log in a date column), and the header's and dateline's polish. Geometry,
 * computed styles and structure only, in both editions and both colour schemes.
 */
import type { Locator, Page } from "@playwright/test";
import { ui } from "../../src/i18n";
import { corrections, EDITIONS, figures, PAGES, sections } from "../../scripts/lib/content";
import { expect, readingTest } from "./fixtures";

const SCHEMES = ["light", "dark"] as const;

/** The element's box in page coordinates (scroll included). */
const pageBox = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
  });

/** Whether `a` comes before `b` in the document. */
const precedes = async (a: Locator, b: Locator) =>
  a.evaluate(
    (el, other) => Boolean(el.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING),
    await b.elementHandle(),
  );

/** The right edge of the text a header link shows (its padding aside): what the eye lines up. */
const textRight = (locator: Locator) =>
  locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return range.getBoundingClientRect().right;
  });

for (const edition of EDITIONS) {
  const t = ui(edition);
  const parts = sections(edition);

  for (const part of parts) {
    const hasFigures = figures(edition).some((f) => f.section === part.id);
    readingTest(
      `${part.path}: at 375 px the map and key figures come after the standfirst and before the text, the corrections and Back/Next, in the DOM and on screen`,
      async ({ page }) => {
        await page.setViewportSize({ width: 375, height: 800 });
        await page.goto(part.path);
        const standfirst = page.locator("article header h1 + p");
        const map = page.locator("article .locator-map");
        const keyFigures = page.locator("#section-figures");
        const text = page.locator(".section-body p").first();
        const later = [text, page.locator("#section-corrections"), page.getByRole("navigation", { name: t.partNavLabel })];
        const lead = hasFigures ? [map, keyFigures] : [map];
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          // The story still starts on the first screen: the headline and the standfirst.
          expect((await standfirst.boundingBox())!.y + (await standfirst.boundingBox())!.height).toBeLessThanOrEqual(800);
          for (const art of lead) {
            expect(await precedes(standfirst, art), `${colorScheme}: the standfirst before the art`).toBe(true);
            expect((await pageBox(art)).top).toBeGreaterThanOrEqual((await pageBox(standfirst)).bottom);
            for (const after of later) {
              expect(await precedes(art, after), `${colorScheme}: DOM order`).toBe(true);
              expect((await pageBox(art)).bottom, `${colorScheme}: on screen`).toBeLessThanOrEqual((await pageBox(after)).top);
            }
          }
        }
      },
    );
  }

  readingTest(`${edition}: at 1280 px the header, the columns and the cards share one right edge`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const edges = async (page: Page, selectors: string[]) => {
      const found: Record<string, number> = {
        header: await textRight(page.locator("body > header a[data-lang-switch]")),
      };
      for (const selector of selectors)
        found[selector] =
          (await page.locator(selector).first().boundingBox())!.x + (await page.locator(selector).first().boundingBox())!.width;
      return found;
    };
    const pages: [string, string[]][] = [
      [PAGES.home[edition], ["article aside", ".section-cards ol", "#all-figures"]],
      ...parts.map((part): [string, string[]] => [part.path, ["aside.section-sidebar", "aside.section-sidebar .locator-map"]]),
    ];
    for (const [path, selectors] of pages) {
      await page.goto(path);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        const found = await edges(page, selectors);
        const values = Object.values(found);
        expect(Math.max(...values) - Math.min(...values), `${path} ${colorScheme}: ${JSON.stringify(found)}`).toBeLessThanOrEqual(
          1,
        );
      }
    }
  });

  readingTest(
    `${edition}: at 1280 px the home page's hero is one unit: the headline across, the map level with the standfirst`,
    async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(PAGES.home[edition]);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        const headline = (await page.locator("article h1").boundingBox())!;
        const standfirst = (await page.locator("article header h1 + p").boundingBox())!;
        const map = (await page.locator("article aside .locator-map").boundingBox())!;
        // The headline runs over the map's column; the map starts level with the standfirst (within a
        // line's half-leading) and beside it.
        expect(headline.x + headline.width, colorScheme).toBeGreaterThan(map.x);
        expect(map.y, colorScheme).toBeGreaterThanOrEqual(headline.y + headline.height);
        expect(Math.abs(map.y - standfirst.y), colorScheme).toBeLessThanOrEqual(8);
        expect(map.x, colorScheme).toBeGreaterThan(standfirst.x + standfirst.width);
      }
    },
  );

  readingTest(
    `${edition}: at 1280 px a part's side column is never an empty column in the window, to the end of the text`,
    async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const part of parts) {
        await page.goto(part.path);
        const aside = page.locator("aside.section-sidebar");
        const end = (await pageBox(page.getByRole("navigation", { name: t.partNavLabel }))).bottom;
        // Scroll down a third of a screen at a time until the end of the text and the way on (Back/Next)
        // leave the window; at each stop, wherever the column is in the window, some of its content (the
        // map, the figures, the contents) is too, and the longest stretch of it with nothing stays under
        // a screen.
        for (let y = 0; y < end; y += 300) {
          await page.evaluate((y) => scrollTo(0, y), y);
          const { shown, content, longestEmpty } = await aside.evaluate((el) => {
            const column = el.getBoundingClientRect();
            const top = Math.max(0, column.top);
            const bottom = Math.min(innerHeight, column.bottom);
            const filled = [...el.querySelectorAll(".locator-map, .key-figures, nav.toc")]
              .map((child) => child.getBoundingClientRect())
              .map((r) => [Math.max(top, r.top), Math.min(bottom, r.bottom)] as const)
              .filter(([a, b]) => b > a)
              .sort((p, q) => p[0] - q[0]);
            let longest = 0;
            let at = top;
            for (const [a, b] of filled) {
              longest = Math.max(longest, a - at);
              at = Math.max(at, b);
            }
            return {
              shown: Math.max(0, bottom - top),
              content: filled.reduce((sum, [a, b]) => sum + b - a, 0),
              longestEmpty: Math.max(longest, bottom - at, 0),
            };
          });
          if (shown === 0) continue;
          expect(content, `${part.path} scrolled to ${y}: ${shown} px of column in view, none of its content`).toBeGreaterThan(0);
          expect(longestEmpty, `${part.path} scrolled to ${y}`).toBeLessThan(900);
        }
      }
    },
  );

  readingTest(`${edition}: a part's corrections are folded when there are more than two, open when fewer`, async ({ page }) => {
    const counts = new Map<string, number>();
    for (const c of corrections(edition)) if (c.part) counts.set(c.part, (counts.get(c.part) ?? 0) + 1);
    const pages = [
      { path: PAGES.home[edition], id: "home-corrections", count: counts.get("introduction") ?? 0 },
      ...parts.map((part) => ({ path: part.path, id: "section-corrections", count: counts.get(part.id) ?? 0 })),
    ];
    // Today no part has more than two entries; the fold itself is tested on the component
    // (tests/unit/components/corrections-list.test.ts), and here whenever a part has more.
    for (const { path, id, count } of pages) {
      if (count === 0) continue;
      await page.goto(path);
      const entries = page.locator(`#${id} li`);
      await expect(entries).toHaveCount(count);
      const heading = page.locator(`#${id} h2`);
      await expect(heading).toBeVisible();
      if (count > 2) {
        const summary = page.locator(`#${id} details:not([open]) > summary`);
        await expect(summary, path).toBeVisible();
        await expect(summary).toContainText(String(count));
        await expect(entries.first()).toBeHidden();
        await summary.click();
        await expect(entries.first()).toBeVisible();
      } else {
        await expect(page.locator(`#${id} details`)).toHaveCount(0);
        await expect(entries.first()).toBeVisible();
      }
      // Quiet: set smaller than the text.
      const size = await entries.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size, path).toBeLessThan(18);
    }
  });

  readingTest(
    `${edition}: the corrections log on the About page has a date column (each day once) and one type style`,
    async ({ page }) => {
      await page.goto(PAGES.about[edition]);
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const rows = await page.locator("#log li").evaluateAll((items) =>
          items.map((li) => {
            // Entries are grouped by day: the date heads its group, beside the group's list.
            const time = li.closest("ul")!.parentElement!.querySelector("time")!;
            const text = li;
            // Every piece of text of the entry (links and labels included) and their styles.
            const styles = new Set(
              [text, ...text.querySelectorAll("*")].map((el) => {
                const s = getComputedStyle(el);
                return `${s.fontFamily}|${s.fontSize}|${s.fontWeight}|${s.fontStyle}`;
              }),
            );
            const timeStyle = getComputedStyle(time);
            return {
              timeLeft: time.getBoundingClientRect().left,
              timeLines: time.getClientRects().length,
              textLeft: text.getBoundingClientRect().left,
              styles: [...styles],
              timeFamily: timeStyle.fontFamily,
              timeWeight: timeStyle.fontWeight,
            };
          }),
        );
        expect(rows.length).toBeGreaterThan(2);
        for (const row of rows) {
          expect(row.styles, `${width} px: one type style in an entry`).toHaveLength(1);
          expect(row.styles[0]!.split("|")[0], `${width} px: the date in the entry's face`).toBe(row.timeFamily);
          expect(row.timeWeight).toBe(row.styles[0]!.split("|")[2]);
          expect(row.timeLines, `${width} px: a date on one line`).toBe(1);
        }
        // One column of dates, one column of entries beside it on a wide screen.
        expect(new Set(rows.map((r) => Math.round(r.timeLeft))).size).toBe(1);
        expect(new Set(rows.map((r) => Math.round(r.textLeft))).size).toBe(1);
        if (width === 1280) expect(rows[0]!.textLeft).toBeGreaterThan(rows[0]!.timeLeft + 80);
      }
    },
  );

  readingTest(`${edition}: at 320 and 375 px a dateline never breaks inside a date`, async ({ page }) => {
    const paths = [PAGES.home[edition], PAGES.about[edition], ...parts.map((p) => p.path)];
    for (const path of paths) {
      await page.goto(path);
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 800 });
        // A date with its label ("Updated 8 December 2026") is one line box.
        const lines = await page
          .locator("article header p:has(> span > time), article header p:has(> time)")
          .first()
          .evaluate((p) =>
            [...p.querySelectorAll("time")].map((time) => {
              const range = document.createRange();
              range.setStartBefore(time.previousSibling ?? time);
              range.setEndAfter(time);
              const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              return { text: time.parentElement!.textContent!.trim(), lines: tops.size };
            }),
          );
        expect(lines.length, path).toBeGreaterThan(0);
        for (const line of lines) expect(line.lines, `${path} at ${width} px: "${line.text}"`).toBe(1);
      }
    }
  });

  readingTest(
    `${edition}: at 375 px the open Parts menu has an edge and leads to the overview and the glossary`,
    async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(parts[1]!.path);
      const header = page.locator("body > header");
      await header.locator("summary").click();
      const nav = header.getByRole("navigation", { name: t.headerNavLabel });
      await expect(nav.getByRole("link", { name: t.overview, exact: true })).toHaveAttribute("href", PAGES.home[edition]);
      await expect(nav.getByRole("link", { name: t.aboutBlockGlossaryLink, exact: true })).toHaveAttribute(
        "href",
        PAGES.glossary[edition],
      );
      await expect(nav.getByRole("link", { name: t.aboutBlockGlossaryLink, exact: true })).toBeInViewport();
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        expect(await nav.evaluate((el) => getComputedStyle(el).boxShadow), colorScheme).not.toBe("none");
      }
      // From 1024 px the row has the masthead for home: no second entry for it there.
      await page.setViewportSize({ width: 1280, height: 800 });
      await expect(nav.getByRole("link", { name: t.overview, exact: true })).toBeHidden();
    },
  );

  readingTest(`${edition}: the Back and Next cards set their titles left-aligned in the headline's serif`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(parts[1]!.path);
    const serif = await page.locator("article h1").evaluate((el) => getComputedStyle(el).fontFamily);
    const cards = page.getByRole("navigation", { name: t.partNavLabel }).getByRole("link");
    await expect(cards).toHaveCount(2);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const titles = await cards.evaluateAll((links) =>
        links.map((link) => {
          const title = link.lastElementChild!;
          const style = getComputedStyle(title);
          return {
            family: style.fontFamily,
            align: style.textAlign,
            indent: title.getBoundingClientRect().left - link.getBoundingClientRect().left,
          };
        }),
      );
      for (const title of titles) {
        expect(title.family).toBe(serif);
        expect(["start", "left"]).toContain(title.align);
      }
      expect(titles[1]!.indent, `${width} px: both titles start at the card's padding`).toBeCloseTo(titles[0]!.indent, 0);
    }
  });
}
