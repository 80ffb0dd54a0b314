import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { BUDGETS, DIST, isFontFile, pagePaths, readDist } from "../tools/dist";
import { CLIENTS, get, NGINX_PACKAGES, nginxMissing, sharedNginx, type Client } from "../../scripts/lib/nginx";
import { expect, test } from "./fixtures";

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const clients = Object.keys(CLIENTS) as Client[];

/** What a host that serves the build's precompressed files sends for a URL path: the .br or .gz, else the file. */
function precompressedSize(path: string, client: Client): number {
  const file = join(DIST, path.endsWith("/") ? `${path}index.html` : path);
  const copy = `${file}.${client === "brotli" ? "br" : "gz"}`;
  return statSync(existsSync(copy) ? copy : file).size;
}

interface Row {
  page: string;
  /** The build's .br and .gz of the page's HTML (CSS inlined). */
  file: Record<Client, number>;
  /** The page's HTML as nginx sent it to each client (undefined without nginx). */
  sent: Record<Client, number> | undefined;
  /** The HTML and everything the page loads but fonts, as nginx sent it (or as the precompressed files, without nginx). */
  total: Record<Client, number>;
  /** The font files the page loaded. */
  fonts: number;
  js: number;
  requests: number;
  cls: number;
}
const rows: Row[] = [];

const missing = nginxMissing();
const onCi = !!process.env["CI"];
// The one nginx of the browser suite, started by its global setup (nginx.setup.ts); missing only off CI.
const nginx = sharedNginx();

test.describe.configure({ mode: "serial" });
if (missing && !onCi) console.warn(`SKIPPED budgets as sent by nginx (budgets.spec.ts): ${missing}`);

// Budgets are measured on what a real client receives: nginx with scripts/deploy/nginx.conf (budgets of the bytes it
// sends, brotli to a browser that accepts it, the build's gzip -9 to one that accepts only gzip). Without
// nginx on a laptop, the same bytes are read from the precompressed files and the nginx test is skipped;
// on CI a missing nginx fails.

test("nginx, with scripts/deploy/nginx.conf, is there to measure what readers receive", () => {
  test.skip(!!missing && !onCi, `${missing}; budgets are checked on the precompressed files only (install ${NGINX_PACKAGES})`);
  expect(nginx, missing).toBeDefined();
});

for (const path of pagePaths()) {
  test(`${path} stays within its byte budgets as sent, makes no request to other hosts, and does not shift`, async ({
    page,
    watch,
    baseURL,
  }) => {
    const loaded: string[] = [];
    const scriptBodies: Promise<Buffer>[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.href === new URL(path, baseURL).href || url.pathname.startsWith("/og/")) return;
      loaded.push(url.pathname);
      if ((response.headers()["content-type"] ?? "").includes("javascript"))
        scriptBodies.push(response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(path);
    await watch.settled();
    const scripts = (await Promise.all(scriptBodies)).reduce((sum, body) => sum + gz(body), 0);
    const html = readDist(path === "/" ? "index.html" : `${path.slice(1)}index.html`);
    const inlineScripts = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .join("");
    // Every shift so far, once the fonts (the one late cause of a shift) have arrived and the frame after
    // them is laid out: a buffered observer holds the page's earlier entries, and takeRecords hands them over.
    const shifts = await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const observer = new PerformanceObserver(() => {});
      observer.observe({ type: "layout-shift", buffered: true });
      const entries = observer.takeRecords() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node }[];
      })[];
      observer.disconnect();
      return entries
        .filter((entry) => !entry.hadRecentInput)
        .map((entry) => ({
          value: entry.value,
          sources: entry.sources.map((s) =>
            s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName),
          ),
        }));
    });
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    const file = { brotli: precompressedSize(path, "brotli"), gzip: precompressedSize(path, "gzip") };
    const total = { brotli: 0, gzip: 0 };
    let sent: Row["sent"];
    for (const client of clients) {
      if (nginx) {
        const html = await get(nginx.origin, path, client);
        expect(html.status).toBe(200);
        // nginx sends the build's own precompressed file, not a compression of its own.
        expect(html.body.length, `${path}: nginx sent the ${client} client the precompressed file`).toBe(file[client]);
        sent = { ...(sent ?? { brotli: 0, gzip: 0 }), [client]: html.body.length };
        total[client] = html.body.length;
        for (const url of loaded.filter((url) => !isFontFile(url)))
          total[client] += (await get(nginx.origin, url, client)).body.length;
      } else {
        total[client] =
          file[client] + loaded.filter((url) => !isFontFile(url)).reduce((sum, url) => sum + precompressedSize(url, client), 0);
      }
    }
    const fonts = loaded.filter(isFontFile).reduce((sum, url) => sum + precompressedSize(url, "brotli"), 0);
    const row: Row = {
      page: path,
      file,
      sent,
      total,
      fonts,
      js: scripts + (inlineScripts ? gz(inlineScripts) : 0),
      requests: loaded.length,
      cls,
    };
    rows.push(row);
    for (const client of clients) {
      const first = sent?.[client] ?? file[client];
      const budget = BUDGETS.firstResponse[client];
      expect(first, `${path}: first response to a ${client} client ${first} B, budget ${budget} B`).toBeLessThanOrEqual(budget);
      expect(
        total[client],
        `${path}: everything it loads but fonts, ${client} client, ${total[client]} B, budget ${BUDGETS.rest} B`,
      ).toBeLessThanOrEqual(BUDGETS.rest);
    }
    expect(fonts, `${path}: fonts ${fonts} B, budget ${BUDGETS.fonts} B`).toBeLessThanOrEqual(BUDGETS.fonts);
    expect(row.js, `${path}: JavaScript ${row.js} B (gzip -9), budget ${BUDGETS.scripts} B`).toBeLessThanOrEqual(BUDGETS.scripts);
    expect(row.cls, `${path}: cumulative layout shift from ${JSON.stringify(shifts)}`).toBe(0);
    expect(watch.offsite).toEqual([]);
  });
}

test.afterAll(() => {
  if (rows.length === 0) return;
  const header = ["page", "html .br", "html .gz", "sent br", "sent gz", "total br", "total gz", "fonts", "js", "requests", "CLS"];
  const lines = rows.map((r) =>
    [
      r.page,
      r.file.brotli,
      r.file.gzip,
      r.sent?.brotli ?? "-",
      r.sent?.gzip ?? "-",
      r.total.brotli,
      r.total.gzip,
      r.fonts,
      r.js,
      r.requests,
      r.cls,
    ].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(
    [
      `\nPage weight in bytes: the build's precompressed HTML (brotli q11, gzip -9), what ${nginx ? "nginx (scripts/deploy/nginx.conf) sent" : 'nginx would send (not installed: "-")'} to a brotli and to a gzip-only client, and the total with everything the page loads but fonts, and the fonts`,
      `(budgets: first response ${BUDGETS.firstResponse.brotli} brotli, ${BUDGETS.firstResponse.gzip} gzip; total ${BUDGETS.rest}; fonts ${BUDGETS.fonts}; JS ${BUDGETS.scripts} gzip -9)`,
      format(header),
      ...lines.map(format),
    ].join("\n"),
  );
});
