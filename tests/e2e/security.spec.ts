import { readFileSync } from "node:fs";
import { pagePaths } from "../tools/dist";
import { expect, queuedTasksRun, test, watchCspViolations } from "./fixtures";

const paths = [...pagePaths(), "/no-such-page/"];

for (const path of paths) {
  test(`${path} is served with the security headers and a strict CSP, and violates none of it`, async ({ page, watch }) => {
    const violations = await watchCspViolations(page);
    const response = (await page.goto(path))!;
    await watch.settled();
    await queuedTasksRun(page);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(violations).toEqual([]);
    // The browser logs the 404 status of a missing page itself; nothing else may be logged.
    expect(watch.errors.filter((e) => !(path === "/no-such-page/" && e.includes("status of 404")))).toEqual([]);
  });
}

test("the page's policy blocks code that was not built into it", async ({ page }) => {
  const violations = await watchCspViolations(page);
  await page.goto("/borders/");
  const ran = await page.evaluate(async () => {
    (window as unknown as { hit: number }).hit = 0;
    const script = document.createElement("script");
    script.textContent = "window.hit = 1";
    document.body.append(script);
    const img = document.createElement("img");
    img.setAttribute("onerror", "window.hit = 2");
    // Listeners added from here are not governed by the page's policy: wait until the image has failed,
    // when its blocked onerror attribute would have run, however slow the machine.
    const failed = new Promise((r) => img.addEventListener("error", r));
    img.src = "/missing.png";
    document.body.append(img);
    await failed;
    await new Promise((r) => setTimeout(r, 0));
    return (window as unknown as { hit: number }).hit;
  });
  expect(ran).toBe(0);
  await expect.poll(() => violations.some((v) => v.startsWith("script-src"))).toBe(true);
});

test("the _headers file in dist/ declares the same headers for every page", () => {
  const file = readFileSync("dist/_headers", "utf8");
  for (const header of [
    "Strict-Transport-Security",
    "X-Content-Type-Options: nosniff",
    "Referrer-Policy",
    "Permissions-Policy",
    "Cross-Origin-Opener-Policy",
  ]) {
    expect(file).toContain(header);
  }
  for (const path of pagePaths())
    expect(file).toMatch(
      new RegExp(`^${path.replace(/\//g, "\\/")}\\n  Content-Security-Policy: [^\\n]*frame-ancestors 'none'`, "m"),
    );
});
