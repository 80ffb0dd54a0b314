import { figures, sections } from "../tools/content";
import { SITE } from "../tools/dist";
import { expect, test } from "./fixtures";

const section = sections()[0]!;
const figure = figures().find((f) => f.section === section.id)!;

test.describe("the share control, where the browser has no share sheet", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      // Chromium on Linux has no share sheet; make sure of it.
      delete (Navigator.prototype as { share?: unknown }).share;
    });
  });

  test("copies exactly the section's permalink and announces it, by mouse", async ({ page }) => {
    await page.goto(`/${section.id}/`);
    const control = page.locator("header [data-share]");
    await control.getByRole("button", { name: "Share this section" }).click();
    await expect(control.getByRole("status")).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/${section.id}/`);
  });

  test("works from the keyboard", async ({ page }) => {
    await page.goto(`/${section.id}/`);
    const button = page.getByRole("button", { name: "Share this section" });
    await button.focus();
    await expect(button).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("header [data-share]").getByRole("status")).toHaveText("Link copied");
    await page.evaluate(() => navigator.clipboard.writeText(""));
    await page.keyboard.press("Space");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/${section.id}/`);
  });

  test("a key figure's copy control copies the figure's own permalink", async ({ page }) => {
    await page.goto(`/${section.id}/`);
    const card = page.locator(`#figure-${figure.id}`);
    await card.getByRole("button", { name: `Copy link to the figure ${figure.value}` }).click();
    await expect(card.getByRole("status")).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/${figure.section}/#figure-${figure.id}`);
  });
});

test("where the browser has a share sheet, the section control opens it with the permalink", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value: async (data: unknown) => (window as unknown as { shared: unknown[] }).shared.push(data),
    });
  });
  await page.goto(`/${section.id}/`);
  await page.getByRole("button", { name: "Share this section" }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
    { title: section.title, url: `${SITE}/${section.id}/` },
  ]);
});

test("with JavaScript off, share controls are plain links to the permalinks", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(`/${section.id}/`);
  await expect(page.getByRole("button", { name: "Share this section" })).toBeHidden();
  const link = page.getByRole("link", { name: "Share this section" });
  await expect(link).toHaveAttribute("href", `/${section.id}/`);
  const copy = page.getByRole("link", { name: `Copy link to the figure ${figure.value}` });
  await expect(copy).toHaveAttribute("href", `/${section.id}/#figure-${figure.id}`);
  await copy.click();
  await expect(page.locator(`#figure-${figure.id}`)).toBeInViewport();
  await context.close();
});

test("opening a figure's passage link scrolls the passage into view", async ({ page }) => {
  await page.goto(`/${figure.section}/#${figure.passage}`);
  await expect(page.locator(`#${figure.passage}`)).toBeInViewport();
  await page.goto(`/${figure.section}/#figure-${figure.id}`);
  await expect(page.locator(`#figure-${figure.id}`)).toBeInViewport();
});

test("every heading's anchor link is visible, reachable by keyboard, and named after its heading", async ({ page }) => {
  await page.goto(`/${section.id}/`);
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
    await expect(anchor).toHaveAccessibleName(`Link to the part “${text}”`);
  }
  const first = page.locator("a.heading-anchor").first();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${(await first.getAttribute("href"))!}$`));
});
