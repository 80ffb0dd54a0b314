/** What a reader needs to trust the explainer: provenance on every page, dates, the glossary, the log. */
import { corrections, glossary, sections } from "../tools/content";
import { pagePaths } from "../tools/dist";
import { expect, test } from "./fixtures";

const sectionFacts = sections();

for (const path of pagePaths()) {
  test(`${path} has the compact "About this explainer" note, linking to the About page and the glossary`, async ({ page }) => {
    await page.goto(path);
    const note = page.getByRole("complementary", { name: "About this explainer" });
    await expect(note).toBeVisible();
    await expect(note.getByRole("link", { name: /how to report an error/ })).toHaveAttribute("href", "/about/");
    await expect(note.getByRole("link", { name: "Glossary" })).toHaveAttribute("href", "/glossary/");
  });
}

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  for (const section of sectionFacts) {
    test(`/${section.id}/ shows when it was published and when it last changed in substance`, async ({ page }) => {
      await page.goto(`/${section.id}/`);
      const latest = corrections()
        .filter((c) => c.part === section.id || c.part === undefined)
        .map((c) => c.published)
        .sort()
        .at(-1);
      const dateline = page.locator("header p", { hasText: "Published" });
      await expect(dateline.locator("time").first()).toHaveAttribute("datetime", section.published);
      if (latest && latest !== section.published) {
        await expect(dateline).toContainText("Updated");
        await expect(dateline.locator("time").last()).toHaveAttribute("datetime", latest);
      }
    });
  }

  test("a term's first mention links to its glossary entry, which links back to the passage", async ({ page }) => {
    const entry = glossary().find((g) => g.part !== "introduction" && g.passage)!;
    await page.goto(`/${entry.part}/`);
    const mention = page
      .locator("main a.term")
      .filter({ hasText: entry.term.replace(/’s .*/, "") })
      .first();
    await expect(mention).toHaveAttribute("href", `/glossary/#${entry.id}`);
    await mention.click();
    await expect(page).toHaveURL(new RegExp(`/glossary/#${entry.id}$`));
    const card = page.locator(`[id="${entry.id}"]`);
    await expect(card).toBeInViewport();
    await expect(card).toContainText(entry.says);
    if (entry.unexplained) await expect(card).toContainText(`The report does not explain ${entry.unexplained}`);
    await card.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/${entry.part}/#${entry.passage}$`));
  });

  test("every glossary entry is linked from the text of at least one page", async ({ page }) => {
    const linked = new Set<string>();
    for (const path of ["/", ...sectionFacts.map((s) => `/${s.id}/`)]) {
      await page.goto(path);
      for (const href of await page.locator("main a.term").evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
        linked.add(href!);
      }
    }
    expect([...linked].sort()).toEqual(
      glossary()
        .map((g) => `/glossary/#${g.id}`)
        .sort(),
    );
  });

  test("the About page lists the whole log, each entry linking to the part it concerns", async ({ page }) => {
    await page.goto("/about/");
    const log = page.getByRole("region", { name: "Corrections and updates" });
    await expect(log.getByRole("listitem")).toHaveCount(corrections().length);
    for (const c of corrections()) {
      const item = page.locator(`#correction-${c.id}`);
      await expect(item).toContainText(c.text);
      if (c.part) {
        const href = `${c.part === "introduction" ? "/" : `/${c.part}/`}${c.passage ? `#${c.passage}` : ""}`;
        await expect(item.getByRole("link")).toHaveAttribute("href", href);
      } else {
        await expect(item).toContainText("Whole site");
      }
    }
  });
});
