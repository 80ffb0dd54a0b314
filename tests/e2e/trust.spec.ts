/** What a reader needs to trust the explainer: provenance on every page, dates, the glossary, the log. */
import { ui } from "../../src/i18n";
import { EDITIONS, glossary, PAGES, sections } from "../../scripts/lib/content";
import { expect, test } from "./fixtures";

// Every page's compact About note is checked with its text in pages.spec.ts (one load per page); the
// datelines, the glossary links and the About page's log, as built, in tests/dist/without-javascript.test.ts.

test("the English note and links read as they always have", async ({ page }) => {
  await page.goto("/borders/");
  const note = page.getByRole("complementary", { name: "About this explainer" });
  await expect(note.getByRole("link", { name: /how to report an error/ })).toHaveAttribute("href", "/about/");
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  for (const edition of EDITIONS) {
    const t = ui(edition);
    const partPath = (id: string) =>
      id === "introduction" ? PAGES.home[edition] : sections(edition).find((s) => s.id === id)!.path;
    const glossaryPath = PAGES.glossary[edition];

    test(`${edition}: a term's first mention links to its glossary entry, which links back to the passage`, async ({ page }) => {
      const entry = glossary(edition).find((g) => g.part !== "introduction" && g.passage)!;
      await page.goto(partPath(entry.part));
      const mention = page.locator(`main a.term[href="${glossaryPath}#${entry.id}"]`).first();
      await expect(mention).toBeVisible();
      await mention.click();
      await expect(page).toHaveURL(new RegExp(`${glossaryPath}#${entry.id}$`));
      const card = page.locator(`[id="${entry.id}"]`);
      await expect(card).toBeInViewport();
      await expect(card).toContainText(entry.says);
      if (entry.unexplained) await expect(card).toContainText(`${t.glossaryUnexplained} ${entry.unexplained}`);
      await card.getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`${partPath(entry.part)}#${entry.passage}$`));
    });
  }
});
