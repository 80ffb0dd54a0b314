import { gzipSync } from "node:zlib";
import { pagePaths, readDist } from "../tools/dist";
import { expect, test } from "./fixtures";

/** What fits in TCP's first round trip (10 segments of 1460 bytes). */
const FIRST_ROUND_TRIP = 14_600;
const PAGE_TOTAL = 20 * 1024;
const SCRIPT_TOTAL = 2 * 1024;

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 6 }).length;

interface Row {
  page: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
  cls: number;
}
const rows: Row[] = [];

test.describe.configure({ mode: "serial" });

for (const path of pagePaths()) {
  test(`${path} stays within its byte budgets, makes no request to other hosts, and does not shift`, async ({
    page,
    watch,
    baseURL,
  }) => {
    const sizes = { css: 0, js: 0, other: 0 };
    let requests = 0;
    page.on("response", async (response) => {
      const url = new URL(response.url());
      if (url.href === new URL(path, baseURL).href || url.pathname.startsWith("/og/")) return;
      requests++;
      const body = await response.body().catch(() => Buffer.alloc(0));
      const type = response.headers()["content-type"] ?? "";
      if (type.includes("css")) sizes.css += gz(body);
      else if (type.includes("javascript")) sizes.js += gz(body);
      else sizes.other += gz(body);
    });
    await page.goto(path, { waitUntil: "networkidle" });
    const html = readDist(path === "/" ? "index.html" : `${path.slice(1)}index.html`);
    const inlineScripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .join("");
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; sources: string[] }[]>((resolve) => {
          const found: { value: number; sources: string[] }[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources: { node?: Node }[];
            })[]) {
              if (entry.hadRecentInput) continue;
              found.push({
                value: entry.value,
                sources: entry.sources.map((s) =>
                  s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName),
                ),
              });
            }
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(found), 300);
        }),
    );
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    const row: Row = {
      page: path,
      html: gz(html),
      css: sizes.css,
      js: sizes.js + (inlineScripts ? gz(inlineScripts) : 0),
      other: sizes.other,
      total: gz(html) + sizes.css + sizes.js + sizes.other,
      requests,
      cls,
    };
    rows.push(row);
    expect(row.html, `${path}: first response ${row.html} B gzipped, budget ${FIRST_ROUND_TRIP} B`).toBeLessThanOrEqual(
      FIRST_ROUND_TRIP,
    );
    expect(row.total, `${path}: everything it loads ${row.total} B, budget ${PAGE_TOTAL} B`).toBeLessThanOrEqual(PAGE_TOTAL);
    expect(row.js, `${path}: JavaScript ${row.js} B, budget ${SCRIPT_TOTAL} B`).toBeLessThanOrEqual(SCRIPT_TOTAL);
    expect(row.cls, `${path}: cumulative layout shift from ${JSON.stringify(shifts)}`).toBe(0);
    expect(watch.offsite).toEqual([]);
  });
}

test.afterAll(() => {
  if (rows.length === 0) return;
  const header = ["page", "html+css (gz)", "css files", "js", "other", "total", "requests", "CLS"];
  const lines = rows.map((r) => [r.page, r.html, r.css, r.js, r.other, r.total, r.requests, r.cls].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(
    [
      `\nPage weight in bytes, gzip level 6 (budgets: first response ${FIRST_ROUND_TRIP}, total ${PAGE_TOTAL}, JS ${SCRIPT_TOTAL})`,
      format(header),
      ...lines.map(format),
    ].join("\n"),
  );
});
