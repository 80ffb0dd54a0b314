/** What a reader needs to trust the explainer: provenance on every page, dates, the glossary, the log. */
import { ui } from "../../src/i18n";
import { corrections, EDITIONS, editionOf, glossary, PAGES, sections } from "../tools/content";
import { expect, test } from "./fixtures";

// Every page's compact About note is checked with its text in pages.spec.ts (one load per page).

test("the English note and links read as they always have", async ({ page }) => {
  await page.goto("/borders/");
  const note = page.getByRole("complementary", { name: "About this explainer" });
  await expect(note.getByRole("link", { name: /how to report an error/ })).toHaveAttribute("href", "/about/");
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  for (const section of EDITIONS.flatMap((edition) => sections(edition))) {
    const t = ui(editionOf(section.path));
    test(`${section.path} shows when it was published and when it last changed in substance`, async ({ page }) => {
      await page.goto(section.path);
      const latest = corrections()
        .filter((c) => c.part === section.id || c.part === undefined)
        .map((c) => c.published)
        .sort()
        .at(-1);
      const dateline = page.locator("header p", { hasText: t.published });
      await expect(dateline.locator("time").first()).toHaveAttribute("datetime", section.published);
      if (latest && latest !== section.published) {
        await expect(dateline).toContainText(t.updated);
        await expect(dateline.locator("time").last()).toHaveAttribute("datetime", latest);
      }
    });
  }

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

    test(`${edition}: every glossary entry is linked from the text of at least one page`, async ({ page }) => {
      const linked = new Set<string>();
      for (const path of [PAGES.home[edition], ...sections(edition).map((s) => s.path)]) {
        await page.goto(path);
        for (const href of await page.locator("main a.term").evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
          linked.add(href!);
        }
      }
      expect([...linked].sort()).toEqual(
        glossary(edition)
          .map((g) => `${glossaryPath}#${g.id}`)
          .sort(),
      );
    });

    test(`${edition}: the About page lists the whole log, each entry linking to the part it concerns`, async ({ page }) => {
      await page.goto(PAGES.about[edition]);
      const log = page.getByRole("region", { name: t.correctionsHeading });
      await expect(log.getByRole("listitem")).toHaveCount(corrections(edition).length);
      for (const c of corrections(edition)) {
        const item = page.locator(`#correction-${c.id}`);
        await expect(item).toContainText(c.text);
        if (c.part) {
          await expect(item.getByRole("link")).toHaveAttribute("href", `${partPath(c.part)}${c.passage ? `#${c.passage}` : ""}`);
        } else {
          await expect(item).toContainText(t.correctionWholeSite);
        }
      }
    });
  }
});
