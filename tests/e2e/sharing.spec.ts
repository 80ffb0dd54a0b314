import { ui } from "../../src/i18n";
import { EDITIONS, figures, sections } from "../../scripts/lib/content";
import { SITE } from "../tools/dist";
import { expect, test } from "./fixtures";

for (const edition of EDITIONS) {
  const t = ui(edition);
  const section = sections(edition)[0]!;
  const figure = figures(edition).find((f) => f.section === section.id)!;
  const path = section.path;

  test.describe(`${edition}: the share control, where the browser has no share sheet`, () => {
    test.use({ permissions: ["clipboard-read", "clipboard-write"] });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() => {
        // Chromium on Linux has no share sheet; make sure of it.
        delete (Navigator.prototype as { share?: unknown }).share;
      });
    });

    test("copies exactly the section's permalink and announces it, by mouse", async ({ page }) => {
      await page.goto(path);
      const control = page.locator("header [data-share]");
      await control.getByRole("button", { name: t.shareSection }).click();
      await expect(control.getByRole("status")).toHaveText(t.linkCopied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${path}`);
    });

    test("works from the keyboard", async ({ page }) => {
      await page.goto(path);
      const button = page.getByRole("button", { name: t.shareSection });
      await button.focus();
      await expect(button).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.locator("header [data-share]").getByRole("status")).toHaveText(t.linkCopied);
      await page.evaluate(() => navigator.clipboard.writeText(""));
      await page.keyboard.press("Space");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${path}`);
    });

    test("a key figure's copy control copies the figure's own permalink", async ({ page }) => {
      await page.goto(path);
      const card = page.locator(`#figure-${figure.id}`);
      await card.getByRole("button", { name: t.copyFigureLink(figure.value) }).click();
      await expect(card.getByRole("status")).toHaveText(t.linkCopied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${path}#figure-${figure.id}`);
    });
  });

  test(`${edition}: where the browser has a share sheet, the section control opens it with the permalink`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(Navigator.prototype, "share", {
        configurable: true,
        value: async (data: unknown) => (window as unknown as { shared: unknown[] }).shared.push(data),
      });
    });
    await page.goto(path);
    await page.getByRole("button", { name: t.shareSection }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
      { title: section.title, url: `${SITE}${path}` },
    ]);
  });

  test(`${edition}: with JavaScript off, the share control shows the address as selectable text and copy controls are left out`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(path);
    const control = page.locator("header [data-share]");
    await expect(control.getByRole("button")).toBeHidden();
    await expect(control.getByRole("link")).toHaveCount(0);
    await expect(control.locator(".without-scripting")).toHaveText(`${t.linkToThisPage} ${SITE}${path}`);
    await expect(control.locator(".select-all")).toHaveCSS("user-select", "all");
    await expect(page.locator(`#figure-${figure.id} [data-share]`)).toBeHidden();
    await context.close();
  });

  test(`${edition}: opening a figure's passage link scrolls the passage into view`, async ({ page }) => {
    await page.goto(`${path}#${figure.passage}`);
    await expect(page.locator(`#${figure.passage}`)).toBeInViewport();
    await page.goto(`${path}#figure-${figure.id}`);
    await expect(page.locator(`#figure-${figure.id}`)).toBeInViewport();
  });

  test(`${edition}: every heading's anchor link is visible, reachable by keyboard, and named after its heading`, async ({
    page,
  }) => {
    await page.goto(path);
    const headings = page.locator(".section-body h2");
    const count = await headings.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const heading = headings.nth(i);
      const id = (await heading.getAttribute("id"))!;
      const text = (await heading.textContent())!.trim();
      expect(text).not.toContain("#");
      const anchor = page.locator(`a.heading-anchor[href="#${id}"]`);
      await expect(anchor).toBeVisible();
      await expect(anchor).toHaveAccessibleName(t.headingLinkLabel(text));
    }
    const first = page.locator("a.heading-anchor").first();
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${(await first.getAttribute("href"))!}$`));
  });
}
