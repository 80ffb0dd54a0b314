import { ui } from "../../src/i18n";
import {
  corrections,
  EDITIONS,
  editionOf,
  events,
  figures,
  glossary,
  introduction,
  PAGES,
  questions,
  sections,
} from "../tools/content";
import { pagePaths } from "../tools/dist";
import { axeViolations, expect, mainText, test } from "./fixtures";

/** Text as the page shows it: runs of spaces (a no-break space too) read as one. */
const flat = (text: string) => text.replace(/\s+/g, " ");

/** What each page must show: its headline, its standfirst, and text a reader came for, in its edition. */
function expectationsFor(path: string): { h1: string; texts: string[] } {
  const edition = editionOf(path);
  const t = ui(edition);
  const sectionFacts = sections(edition);
  const trust = (part: string) => [
    ...questions(edition)
      .filter((q) => q.part === part)
      .map((q) => q.text),
    ...corrections(edition)
      .filter((c) => c.part === part)
      .map((c) => c.text),
  ];
  if (path === PAGES.home[edition]) {
    const intro = introduction(edition);
    return { h1: intro.title, texts: [intro.standfirst, ...sectionFacts.map((s) => s.title)] };
  }
  if (path === PAGES.about[edition])
    return {
      h1: t.aboutTitle,
      texts: [...corrections(edition).map((c) => c.text), ...questions(edition).map((q) => q.text)],
    };
  if (path === PAGES.glossary[edition]) return { h1: t.glossaryTitle, texts: glossary(edition).flatMap((g) => [g.term, g.says]) };
  const section = sectionFacts.find((s) => s.path === path);
  if (section) {
    return {
      h1: section.title,
      texts: [section.standfirst, t.partOf(section.order, sectionFacts.length), t.questionsHeading, ...trust(section.id)],
    };
  }
  return { h1: "", texts: [] };
}

const paths = pagePaths();

test("the build has, in each edition, the home page, one page per section, the About page and the glossary", () => {
  for (const edition of EDITIONS) {
    const pages = [PAGES.home, PAGES.summary, PAGES.about, PAGES.glossary].map((p) => p[edition]);
    for (const expected of [...pages, ...sections(edition).map((s) => s.path)]) expect(paths).toContain(expected);
  }
  expect(ui("en").aboutTitle).toBe("About this explainer");
  expect(ui("en").aboutBlockHeading).toBe("About this explainer");
  expect(ui("en").summaryLinkLabel).toBe("Summary: the whole explainer on one printable page");
});

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    test("shows its headline, its text and its links to the About note, the summary and the other edition, with no console error and no request to another host", async ({
      page,
      watch,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const { h1, texts } = expectationsFor(path);
      await expect(page.locator("h1")).toHaveCount(1);
      if (h1) await expect(page.locator("h1")).toHaveText(h1);
      const text = await mainText(page);
      for (const t of texts) expect(text).toContain(flat(t));
      // On every page: the compact About note, the summary of its edition, and the switch to the other.
      const edition = editionOf(path);
      const t = ui(edition);
      const note = page.getByRole("complementary", { name: t.aboutBlockHeading });
      // The note never links to the page it is on (About, glossary).
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
      await page.waitForLoadState("networkidle");
      expect(watch.errors).toEqual([]);
      expect(watch.offsite).toEqual([]);
    });

    // axe checks every page in reading.spec.ts, in both colour schemes and at two widths.

    test("is complete with JavaScript turned off", async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
      const page = await context.newPage();
      await page.goto(path);
      const { h1, texts } = expectationsFor(path);
      if (h1) await expect(page.locator("h1")).toHaveText(h1);
      const text = await mainText(page);
      for (const t of texts) expect(text).toContain(flat(t));
      const edition = editionOf(path);
      const home = path === PAGES.home[edition];
      const section = sections(edition).find((s) => s.path === path);
      const expectedFigures = home ? figures(edition) : figures(edition).filter((f) => f.section === section?.id);
      for (const f of expectedFigures) expect(text).toContain(flat(f.value));
      const expectedEvents = home ? events(edition) : events(edition).filter((e) => e.section === section?.id);
      for (const e of expectedEvents) expect(text).toContain(flat(e.text));
      await context.close();
    });
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
