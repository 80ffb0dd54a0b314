import { ui } from "../../src/i18n";
import { editionOf, PAGES, sections } from "../../scripts/lib/content";
import { pagePaths } from "../tools/dist";
import { axeViolations, expect, readingTest, test } from "./fixtures";

const paths = pagePaths();

// That the build has every page, and each page's headline and text (what it holds with JavaScript off,
// the HTML as built): tests/dist/without-javascript.test.ts.

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    readingTest(
      "answers with one headline and its links to the About note, the summary and the other edition, with no console error and no request to another host",
      async ({ page, watch }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.locator("h1")).toHaveCount(1);
        // On every page but About itself: the compact About note; on every page, the summary of its edition
        // and the switch to the other.
        const edition = editionOf(path);
        const t = ui(edition);
        const note = page.getByRole("complementary", { name: t.aboutBlockHeading });
        if (path === PAGES.about[edition]) await expect(note).toHaveCount(0);
        // The note never links to the page it is on (the glossary).
        else
          for (const [name, href] of [
            [t.aboutBlockSourceLink, PAGES.about[edition]],
            [t.aboutBlockGlossaryLink, PAGES.glossary[edition]],
          ] as const) {
            const link = note.getByRole("link", { name });
            if (path === href) await expect(link).toHaveCount(0);
            else await expect(link).toHaveAttribute("href", href);
          }
        await expect(page.getByRole("link", { name: t.summaryLinkLabel })).toHaveAttribute("href", PAGES.summary[edition]);
        const other = edition === "en" ? "es" : "en";
        const languageSwitch = page.locator("header a[data-lang-switch]");
        await expect(languageSwitch).toHaveText(ui(other).lang);
        await expect(languageSwitch).toHaveAttribute("lang", other);
        await expect(languageSwitch).toHaveAttribute("hreflang", other);
        // page.goto waited for the load event; a request started since (none is expected) must end first.
        await watch.settled();
        expect(watch.errors).toEqual([]);
        expect(watch.offsite).toEqual([]);
      },
    );

    // axe checks every page in reading.spec.ts, in both colour schemes and at two widths.
  });
}

test("an unknown address answers 404 with a helpful page, in both languages", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toContainText("could not find");
  for (const s of sections()) await expect(page.locator("main").getByRole("link", { name: s.title })).toBeVisible();
  const spanish = page.locator('main [lang="es"]');
  await expect(spanish).toContainText(ui("es").notFoundHeading);
  for (const s of sections("es")) await expect(spanish.getByRole("link", { name: s.title })).toHaveAttribute("href", s.path);
  expect(await axeViolations(page)).toEqual([]);
});
