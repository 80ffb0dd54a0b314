import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { ui } from "../../src/i18n";
import { EDITIONS, editionOf, figures, PAGES, sections } from "../../scripts/lib/content";
import { SITE, pagePaths } from "../tools/dist";
import { expect, readingTest, test } from "./fixtures";

const MIN_PRINT_PX = (8.5 * 96) / 72;
const SHORT_SITE = SITE.replace(/^https:\/\//, "");

async function pdfPages(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  let text = "";
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
  }
  return { pages: doc.numPages, text: text.replace(/\s+/g, " ") };
}

/** Text as pdf.js extracts it: any run of spaces (a no-break space too) is one space. */
const flat = (text: string) => text.replace(/\s+/g, " ");

for (const edition of EDITIONS) {
  test.describe(`the one-page summary (${edition})`, () => {
    const summary = PAGES.summary[edition];
    for (const format of ["A4", "Letter"] as const) {
      readingTest(`prints on exactly one ${format} page with every title, figure and section URL`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: "dark" });
        await page.goto(summary);
        const { pages, text } = await pdfPages(await page.pdf({ format }));
        expect(pages).toBe(1);
        for (const s of sections(edition)) {
          expect(text).toContain(flat(s.title));
          // Short and unbroken: the address without its scheme, as under the QR code.
          expect(text).toContain(`${SHORT_SITE}${s.path}`);
        }
        for (const f of figures(edition)) expect(text).toContain(flat(f.value));
        // No running head repeating the kicker's site name just above it.
        expect(text).not.toContain(ui(edition).siteName);
      });
    }

    readingTest("on screen links to each part in words, never a raw address, and every link has a name", async ({ page }) => {
      for (const width of [320, 375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(summary);
        const { addresses, unnamed } = await page.evaluate(() => {
          const main = document.querySelector("main")!;
          const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
          const addresses: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement!;
            if (!el.checkVisibility() || el.closest(".sr-only")) continue;
            if (/https?:|www\.|\w\.(example|com|org)\b|\/\w+\//.test(node.textContent!)) addresses.push(node.textContent!.trim());
          }
          const unnamed = [...main.querySelectorAll("a")]
            .filter((a) => a.checkVisibility() && !(a.getAttribute("aria-label") || a.textContent!.trim()))
            .map((a) => a.outerHTML);
          return { addresses, unnamed };
        });
        expect(addresses, `${width} px`).toEqual([]);
        expect(unnamed, `${width} px`).toEqual([]);
        for (const s of sections(edition)) {
          await expect(page.getByRole("link", { name: ui(edition).readPart(s.order) })).toHaveAttribute("href", s.path);
        }
      }
    });

    readingTest("its kicker breaks only between its two halves at 320 and 375 px", async ({ page }) => {
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(summary);
        const halves = page.locator(".summary-header > p").first().locator(".whitespace-nowrap");
        await expect(halves).toHaveCount(2);
        for (const lines of await halves.evaluateAll((spans) => spans.map((s) => s.getClientRects().length)))
          expect(lines, `${width} px`).toBe(1);
      }
    });

    readingTest("prints in the site's faces, Source Serif 4 and Inter, before their tuned fallbacks", async ({ page }) => {
      await page.emulateMedia({ media: "print" });
      await page.goto(summary);
      const families = await page.evaluate(() =>
        [".summary-part p", ".summary h1", "#summary-timeline .event-when", "#parts-heading"].map(
          (selector) => getComputedStyle(document.querySelector(selector)!).fontFamily,
        ),
      );
      const [text, headline, date, label] = families;
      for (const serif of [text, headline]) expect(serif).toMatch(/^"Source Serif 4", "Source Serif 4 Fallback/);
      for (const sans of [date, label]) expect(sans).toMatch(/^Inter, "Inter Fallback/);
    });

    readingTest("prints each timeline date on two lines at most, broken only between words", async ({ page }) => {
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: 718, height: 1000 });
      await page.goto(summary);
      const dates = await page.locator("#summary-timeline .event-when").evaluateAll((els) =>
        els.map((el) => ({
          text: el.textContent!.trim(),
          // Its lines as set (the grid stretches the element itself to its row): the text's distinct line tops.
          lines: (() => {
            const range = document.createRange();
            range.selectNodeContents(el);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          })(),
          overflows: el.scrollWidth > el.clientWidth + 1,
        })),
      );
      expect(dates.length).toBeGreaterThan(5);
      for (const date of dates) {
        expect(date.lines, date.text).toBeLessThanOrEqual(2);
        expect(date.overflows, date.text).toBe(false);
      }
    });

    readingTest(
      "prints its timeline at 10 pt or more, its QR caption no larger than the text, its map framed",
      async ({ page }) => {
        await page.emulateMedia({ media: "print" });
        await page.setViewportSize({ width: 718, height: 1000 });
        await page.goto(summary);
        const sizes = await page.evaluate(() => {
          const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
          const timeline = [...document.querySelectorAll("#summary-timeline li, #summary-timeline li *")].map(px);
          const caption = [...document.querySelectorAll(".summary-qr figcaption, .summary-qr figcaption *")].map(px);
          const svg = document.querySelector(".summary .locator-map > svg")!; // the drawing, not the key's swatches
          const style = getComputedStyle(svg);
          const box = svg.getBoundingClientRect();
          return {
            timeline,
            caption,
            text: px(document.querySelector(".summary-part p")!),
            frame: ["Top", "Right", "Bottom", "Left"].map((side) =>
              parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
            ),
            right: box.right,
            width: document.documentElement.clientWidth,
          };
        });
        expect(sizes.timeline.length).toBeGreaterThan(5);
        expect(Math.min(...sizes.timeline)).toBeGreaterThanOrEqual((10 * 96) / 72 - 0.01);
        expect(sizes.caption.length).toBeGreaterThan(0);
        expect(Math.max(...sizes.caption)).toBeLessThanOrEqual(sizes.text);
        for (const width of sizes.frame) expect(width).toBeGreaterThan(0);
        expect(sizes.right).toBeLessThanOrEqual(sizes.width);
      },
    );

    readingTest("prints its dates and its source line, and the address under the QR code on one line", async ({ page }) => {
      const t = ui(edition);
      await page.goto(summary);
      const { text } = await pdfPages(await page.pdf({ format: "A4" }));
      const dateline = flat((await page.locator(".summary-header time").first().locator("xpath=..").textContent())!.trim());
      expect(dateline).toMatch(new RegExp(`^${t.published} `));
      expect(text).toContain(dateline);
      const sourceLine = flat((await page.locator("[data-source-line]").textContent())!.trim());
      expect(text, "the sourcing line is printed").toContain(sourceLine);
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: 718, height: 1000 });
      // Printed as a newspaper prints an address, without the scheme; the code itself holds the full URL.
      const address = page.locator(".summary-qr figcaption a");
      await expect(address).toHaveText(`${SITE}${PAGES.home[edition]}`.replace(/^https:\/\//, ""));
      const lines = await address.evaluate((a) => {
        const range = document.createRange();
        range.selectNodeContents(a);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBe(1);
    });

    readingTest("has no printed text smaller than 8.5 pt and nothing clipped", async ({ page }) => {
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: 718, height: 1000 });
      await page.goto(summary);
      const problems = await page.evaluate((min) => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>("body *")) {
          const style = getComputedStyle(el);
          // The map's names are sized in its drawing's units and scaled with it: measured in the next test.
          if (!el.checkVisibility() || el.closest(".sr-only, svg")) continue;
          const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
          if (ownText && parseFloat(style.fontSize) < min - 0.01)
            out.push(`${el.tagName} ${style.fontSize}: ${el.textContent!.slice(0, 40)}`);
          if (ownText && el.scrollWidth > el.clientWidth + 1 && style.overflowX !== "visible") out.push(`clipped ${el.tagName}`);
        }
        return out;
      }, MIN_PRINT_PX);
      expect(problems).toEqual([]);
    });

    readingTest(
      "sets its reading text at 10.5 pt or more and its map small, both on paper only at that size",
      async ({ page }) => {
        await page.setViewportSize({ width: 718, height: 1000 });
        await page.goto(summary);
        const map = page.locator(".summary .locator-map > svg");
        // On screen the home page carries the map, and the site is one tap away: no map, no code here.
        await expect(map).toBeHidden();
        await expect(page.locator(".summary-qr svg")).toBeHidden();
        await page.emulateMedia({ media: "print" });
        const sizes = await page.evaluate(() =>
          [".summary .standfirst", ".summary-part h3", ".summary-part p"].map((selector) => [
            selector,
            [...document.querySelectorAll(selector)].map((el) => parseFloat(getComputedStyle(el).fontSize)),
          ]),
        );
        for (const [selector, px] of sizes as [string, number[]][]) {
          expect(px.length, selector).toBeGreaterThan(0);
          for (const size of px) expect((size * 72) / 96, selector).toBeGreaterThanOrEqual(10.5);
        }
        await expect(map).toBeVisible();
        // Its names, drawn in frame units, are at least 5 pt on paper; its base map (/map.svg) was loaded.
        const smallest = await map.evaluate((svg: SVGSVGElement) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          // The names printed: the map draws each in two label sets and shows one (LocatorMap.astro).
          const shown = [...svg.querySelectorAll("text")].filter((t) => getComputedStyle(t).display !== "none");
          const sizes = shown.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
          return (Math.min(...sizes) * 72) / 96;
        });
        expect(smallest).toBeGreaterThanOrEqual(5);
        expect(
          await page.evaluate(() =>
            performance.getEntriesByType("resource").some((e) => new URL(e.name).pathname === "/map.svg"),
          ),
        ).toBe(true);
        // The printed sheet names every place and sea of the map, in this edition's words (countries in
        // spaced capitals, which the PDF's text gives letter by letter).
        const { text } = await pdfPages(await page.pdf({ format: "Letter" }));
        const letters = text.replace(/\s/g, "").toUpperCase();
        const names = await map.locator("text").allTextContents();
        expect(names.length).toBeGreaterThanOrEqual(13);
        for (const name of names) expect(letters).toContain(name.replace(/\s/g, "").toUpperCase());
        expect(text).toContain(edition === "en" ? "Caribbean Sea" : "Mar Caribe");
      },
    );

    test("its QR code decodes to the explainer's address in this edition", async ({ browser, baseURL }) => {
      // A sharp rendering of the printed code (20 mm on paper), as a phone's camera sees it.
      const context = await browser.newContext({ baseURL: baseURL!, deviceScaleFactor: 4 });
      const page = await context.newPage();
      await page.emulateMedia({ media: "print" });
      await page.goto(summary);
      const svg = page.locator(".summary-qr svg");
      await expect(svg).toHaveAttribute("role", "img");
      const png = PNG.sync.read(await svg.screenshot({ scale: "device" }));
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(`${SITE}${PAGES.home[edition]}`);
      await context.close();
    });

    test("the print button appears only with JavaScript, and prints", async ({ page, browser, baseURL }) => {
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await page.goto(summary);
      await page.getByRole("button", { name: ui(edition).printSummary }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

      const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
      const noJs = await context.newPage();
      await noJs.goto(summary);
      await expect(noJs.getByRole("button", { name: ui(edition).printSummary })).toBeHidden();
      await expect(noJs.locator("h1")).toBeVisible();
      await context.close();
    });
  });
}

for (const path of pagePaths()) {
  readingTest(`${path} prints without screen chrome, black on white even in the dark scheme`, async ({ page }) => {
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await page.goto(path);
    for (const selector of [
      "body > header",
      "body > footer",
      "nav",
      "[data-share]",
      "a[href='#main']",
      ".heading-anchor",
      "[data-print-button]",
    ]) {
      const visible = await page
        .locator(selector)
        .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
      expect(visible, selector).toBe(0);
    }
    const colours = await page.evaluate(() => {
      const seen = new Set<string>();
      for (const el of document.querySelectorAll<HTMLElement>("main *")) {
        if (el.offsetParent === null) continue;
        seen.add(`color ${getComputedStyle(el).color}`);
        const bg = getComputedStyle(el).backgroundColor;
        if (bg !== "rgba(0, 0, 0, 0)") seen.add(`background ${bg}`);
      }
      seen.add(`body background ${getComputedStyle(document.body).backgroundColor}`);
      return [...seen];
    });
    expect(
      colours.filter((c) => c !== "color rgb(0, 0, 0)" && !/body background (rgba\(0, 0, 0, 0\)|rgb\(255, 255, 255\))/.test(c)),
    ).toEqual([]);
    await expect(page.locator("main")).toContainText(/\S/);
  });
}

for (const s of EDITIONS.flatMap((edition) => sections(edition))) {
  readingTest(`${s.path} prints on at most three A4 pages, keeping figures, timeline and link targets`, async ({ page }) => {
    await page.goto(s.path);
    const { pages, text } = await pdfPages(await page.pdf({ format: "A4" }));
    expect(pages).toBeLessThanOrEqual(3);
    expect(text).toContain(flat(s.title));
    for (const f of figures(editionOf(s.path)).filter((f) => f.section === s.id)) {
      expect(text).toContain(flat(f.value));
      expect(text.replace(/\s/g, "")).toContain(`${SITE}${s.path}#${f.passage}`);
    }
  });
}
