/** The two editions as a reader moves between them: the language switch, and names in another language. */
import { ui } from "../../src/i18n";
import { EDITIONS, events, figures, glossary, PAGES, sections } from "../../scripts/lib/content";
import { expect, test } from "./fixtures";

const english = sections("en");
const spanish = sections("es");
const counterpart = (path: string) => spanish[english.findIndex((s) => s.path === path)]!.path;

test.describe("the language switch", () => {
  const figure = figures().find((f) => f.section !== "introduction")!;
  const event = events().find((e) => e.section !== "introduction")!;
  const partOf = (id: string) => english.find((s) => s.id === id)!.path;

  for (const [what, from, hash] of [
    ["passage", partOf(figure.section), figure.passage],
    ["figure", partOf(figure.section), `figure-${figure.id}`],
    ["event", partOf(event.section), `event-${event.id}`],
  ] as const) {
    test(`keeps the ${what} the address points at, there and back`, async ({ page }) => {
      await page.goto(`${from}#${hash}`);
      await page.getByRole("link", { name: ui("es").lang, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${counterpart(from)}#${hash}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
      await page.getByRole("link", { name: ui("en").lang, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${from}#${hash}$`));
    });
  }

  test("drops a heading's fragment, whose id differs between editions", async ({ page }) => {
    const first = english[0]!;
    await page.goto(first.path);
    const heading = (await page.locator(".section-body h2").first().getAttribute("id"))!;
    await page.goto(`${first.path}#${heading}`);
    await page.getByRole("link", { name: "Español", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${counterpart(first.path)}$`));
  });

  test("leads to the same page, without its fragment, with JavaScript off", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(`${partOf(figure.section)}#${figure.passage}`);
    await page.getByRole("link", { name: "Español", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${counterpart(partOf(figure.section))}$`));
    await context.close();
  });
  // On every page the switch names the other edition in its own language: pages.spec.ts.
});

test("every mention of a name in another language is marked with that language, in both editions", async ({ page }) => {
  const names = glossary("es").flatMap((g) => {
    const lang = (glossary("en").find((e) => e.id === g.id) as { lang?: string }).lang;
    return lang ? [{ text: g.term, lang }] : [];
  });
  expect(names.map((n) => n.lang).sort()).toEqual(["en", "en", "it"]);
  const paths = [
    ...EDITIONS.flatMap((e) => [PAGES.home[e], PAGES.glossary[e], PAGES.summary[e], PAGES.about[e]]),
    ...english.map((s) => s.path),
    ...spanish.map((s) => s.path),
  ];
  let seen = 0;
  for (const path of paths) {
    await page.goto(path);
    const wrong = await page.evaluate((list) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const { text, lang } of list) {
          if (!node.textContent!.includes(text)) continue;
          const marked = node.parentElement!.closest("[lang]")!.getAttribute("lang");
          out.push(marked === lang ? "ok" : `"${text}" in ${marked}: ${node.textContent!.trim().slice(0, 60)}`);
        }
      }
      return out;
    }, names);
    seen += wrong.filter((w) => w === "ok").length;
    expect(
      wrong.filter((w) => w !== "ok"),
      path,
    ).toEqual([]);
  }
  expect(seen).toBeGreaterThan(5);
});
