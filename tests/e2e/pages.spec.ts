import { corrections, events, figures, glossary, introduction, questions, sections } from "../tools/content";
import { pagePaths } from "../tools/dist";
import { axeViolations, expect, mainText, test } from "./fixtures";

const sectionFacts = sections();
const intro = introduction();

/** What each page must show: its headline, its standfirst, and text a reader came for. */
function expectationsFor(path: string): { h1: string; texts: string[] } {
  const trust = (part: string) => [
    ...questions()
      .filter((q) => q.part === part)
      .map((q) => q.text),
    ...corrections()
      .filter((c) => c.part === part)
      .map((c) => c.text),
  ];
  if (path === "/") return { h1: intro.title, texts: [intro.standfirst, ...sectionFacts.map((s) => s.title)] };
  if (path === "/about/")
    return { h1: "About this explainer", texts: [...corrections().map((c) => c.text), ...questions().map((q) => q.text)] };
  if (path === "/glossary/") return { h1: "Who and what: a glossary", texts: glossary().flatMap((g) => [g.term, g.says]) };
  const section = sectionFacts.find((s) => `/${s.id}/` === path);
  if (section) {
    return {
      h1: section.title,
      texts: [
        section.standfirst,
        `Part ${section.order} of ${sectionFacts.length}`,
        "What the report does not tell us",
        ...trust(section.id),
      ],
    };
  }
  return { h1: "", texts: [] };
}

const paths = pagePaths();

test("the build has the home page, one page per section, the About page and the glossary", () => {
  for (const expected of ["/", ...sectionFacts.map((s) => `/${s.id}/`), "/about/", "/glossary/"])
    expect(paths).toContain(expected);
});

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    test("shows its headline and text, with no console error and no request to another host", async ({ page, watch }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const { h1, texts } = expectationsFor(path);
      await expect(page.locator("h1")).toHaveCount(1);
      if (h1) await expect(page.locator("h1")).toHaveText(h1);
      const text = await mainText(page);
      for (const t of texts) expect(text).toContain(t.replace(/\s+/g, " "));
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
      for (const t of texts) expect(text).toContain(t.replace(/\s+/g, " "));
      const section = sectionFacts.find((s) => `/${s.id}/` === path);
      const expectedFigures = path === "/" ? figures() : figures().filter((f) => f.section === section?.id);
      for (const f of expectedFigures) expect(text).toContain(f.value);
      const expectedEvents = path === "/" ? events() : events().filter((e) => e.section === section?.id);
      for (const e of expectedEvents) expect(text).toContain(e.text.replace(/\s+/g, " "));
      await context.close();
    });
  });
}

test("an unknown address answers 404 with a helpful page", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toContainText("could not find");
  for (const s of sectionFacts) await expect(page.locator("main").getByRole("link", { name: s.title })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
