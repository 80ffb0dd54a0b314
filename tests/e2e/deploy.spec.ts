/**
 * The site as readers get it from the documented nginx setup: Debian's nginx, scripts/deploy/nginx.conf
 * (run by scripts/lib/nginx.ts), the built dist/, checked over the wire as a browser that accepts brotli and
 * as one that accepts only gzip. The per-page byte budgets with everything a page loads, as nginx sends
 * them, are in budgets.spec.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { BUDGETS, DIST, pagePaths } from "../tools/dist";
import { CLIENTS, get, NGINX_PACKAGES, nginxMissing, sharedNginx, type Client, type Sent } from "../../scripts/lib/nginx";
import { expect, queuedTasksRun, test, watchCspViolations } from "./fixtures";

const clients = Object.keys(CLIENTS) as Client[];
const missing = nginxMissing();
const onCi = !!process.env["CI"];

// On a laptop without nginx: skipped, and saying why. On CI: the global setup (nginx.setup.ts) fails the run.
test.skip(!!missing && !onCi, `${missing} — the deployment tests need Debian's ${NGINX_PACKAGES}`);
if (missing && !onCi) console.warn(`SKIPPED deployment tests (deploy.spec.ts): ${missing}`);

// The one nginx of the browser suite, started by its global setup (nginx.setup.ts).
const nginx = sharedNginx()!;

const fileOf = (path: string) => (path.endsWith("/") ? `${path.slice(1)}index.html` : path.slice(1));
const decode = (sent: Sent) => {
  const encoding = sent.headers["content-encoding"];
  return encoding === "br" ? brotliDecompressSync(sent.body) : encoding === "gzip" ? gunzipSync(sent.body) : sent.body;
};

/** The headers of scripts/deploy/nginx.conf, on every response: pages, the 404 page, redirects and files. */
function expectSecurityHeaders(sent: Sent, what: string) {
  const h = sent.headers;
  const csp = String(h["content-security-policy"] ?? "");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toContain("base-uri 'self'");
  expect(csp, what).toContain("form-action 'none'");
  // Not weakened: the header may only add restrictions to each page's own <meta> policy.
  expect(csp, what).not.toMatch(/unsafe-|\*|data:|https?:|script-src|style-src|default-src/);
  expect(h["strict-transport-security"], what).toMatch(/^max-age=\d{8,}; includeSubDomains; preload$/);
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
  expect(h["cross-origin-opener-policy"], what).toBe("same-origin");
  expect(h["x-frame-options"], what).toBe("DENY");
  expect(h["server"], `${what}: no version number`).toBe("nginx");
}

for (const client of clients) {
  test(`every page reaches a ${client} client precompressed, within its first-response budget, with its headers`, async () => {
    const encoding = client === "brotli" ? "br" : "gzip";
    for (const path of pagePaths()) {
      const sent = await get(nginx.origin, path, client);
      const what = `${path} (${client} client)`;
      expect(sent.status, what).toBe(200);
      expect(sent.headers["content-encoding"], what).toBe(encoding);
      expect(sent.headers["vary"], what).toBe("Accept-Encoding");
      expect(sent.headers["content-type"], what).toBe("text/html; charset=utf-8");
      // The build's own file, byte for byte: nginx did not compress anything itself.
      const precompressed = join(DIST, `${fileOf(path)}.${client === "brotli" ? "br" : "gz"}`);
      expect(sent.body.equals(readFileSync(precompressed)), `${what}: the body is ${precompressed}`).toBe(true);
      expect(decode(sent).equals(readFileSync(join(DIST, fileOf(path)))), what).toBe(true);
      expect(sent.body.length, `${what}: ${sent.body.length} bytes sent`).toBeLessThanOrEqual(BUDGETS.firstResponse[client]);
      // The page's own <meta> policy arrives intact next to the header.
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(decode(sent).toString())?.[1] ?? "";
      expect(meta, what).toContain("default-src 'none'");
      expect(meta, what).not.toMatch(/unsafe-inline|unsafe-eval/);
      expectSecurityHeaders(sent, what);
      expect(sent.headers["cache-control"], what).toBe("no-cache");
      expect(sent.headers["etag"], what).toBeTruthy();
    }
  });

  test(`an unknown path gets the site's 404 page with status 404 (${client} client)`, async () => {
    for (const path of ["/no-such-page/", "/borders/no-such-passage", "/_headers"]) {
      const sent = await get(nginx.origin, path, client);
      expect(sent.status, path).toBe(404);
      expect(sent.headers["content-type"], path).toBe("text/html; charset=utf-8");
      expect(decode(sent).equals(readFileSync(join(DIST, "404.html"))), path).toBe(true);
      expect(sent.body.length, path).toBeLessThanOrEqual(BUDGETS.firstResponse[client]);
      expectSecurityHeaders(sent, path);
    }
  });
}

test("/borders redirects to /borders/ without naming the server's port or host", async () => {
  for (const [path, headers, location] of [
    ["/borders", {}, "/borders/"],
    ["/borders?ref=share", {}, "/borders/?ref=share"],
    ["/borders", { host: "evil.example:8443" }, "/borders/"],
    ["/summary", { host: "explainer.example.org" }, "/summary/"],
  ] as const) {
    const sent = await get(nginx.origin, path, "brotli", headers);
    expect(sent.status, path).toBe(301);
    expect(sent.headers["location"], `${path} with ${JSON.stringify(headers)}`).toBe(location);
    expectSecurityHeaders(sent, path);
  }
});

test("files are served with the right Content-Type and charset, compressed when they are text", async () => {
  const svgs = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".svg"));
  const og = readdirSync(join(DIST, "og")).find((f) => f.endsWith(".png"));
  expect(svgs.length, "the favicon at least").toBeGreaterThan(0);
  expect(og, "a preview image").toBeTruthy();
  const expected: [string, RegExp][] = [
    ["/", /^text\/html; charset=utf-8$/],
    ["/rss.xml", /^application\/rss\+xml; charset=utf-8$/],
    ["/sitemap-index.xml", /^(text|application)\/xml; charset=utf-8$/],
    ["/sitemap-0.xml", /^(text|application)\/xml; charset=utf-8$/],
    ["/robots.txt", /^text\/plain; charset=utf-8$/],
    [`/og/${og}`, /^image\/png$/],
    ...svgs.map((f): [string, RegExp] => [`/${f}`, /^image\/svg\+xml; charset=utf-8$/]),
  ];
  for (const [path, type] of expected) {
    for (const client of clients) {
      const sent = await get(nginx.origin, path, client);
      const what = `${path} (${client} client)`;
      expect(sent.status, what).toBe(200);
      expect(sent.headers["content-type"], what).toMatch(type);
      expectSecurityHeaders(sent, what);
      expect(decode(sent).equals(readFileSync(join(DIST, fileOf(path)))), what).toBe(true);
      if (path.endsWith(".png")) expect(sent.headers["content-encoding"], what).toBeUndefined();
      else {
        expect(sent.headers["content-encoding"], what).toMatch(client === "brotli" ? /^(br|gzip)$/ : /^gzip$/);
        expect(sent.headers["vary"], what).toBe("Accept-Encoding");
      }
    }
  }
});

test("HTML and unversioned files are revalidated (a 304 when unchanged); fingerprinted files are kept for a year", async () => {
  for (const path of ["/", "/borders/", "/rss.xml", "/favicon.svg"]) {
    for (const client of clients) {
      const first = await get(nginx.origin, path, client);
      expect(first.headers["cache-control"], path).toBe("no-cache");
      const again = await get(nginx.origin, path, client, { "if-none-match": String(first.headers["etag"]) });
      expect(again.status, `${path} revalidated by a ${client} client`).toBe(304);
      expect(again.body.length).toBe(0);
    }
  }
  // Astro puts content-hashed file names in /_astro/; today's build inlines everything, so usually none.
  const fingerprinted = existsSync(join(DIST, "_astro"))
    ? readdirSync(join(DIST, "_astro")).filter((f) => !/\.(br|gz)$/.test(f))
    : [];
  for (const file of fingerprinted) {
    const sent = await get(nginx.origin, `/_astro/${file}`, "brotli");
    expect(sent.headers["cache-control"], file).toBe("public, max-age=31536000, immutable");
    expectSecurityHeaders(sent, file);
  }
});

test("a real browser gets the page from nginx as brotli, with no CSP violation", async ({ page }) => {
  const violations = await watchCspViolations(page);
  const response = (await page.goto(`${nginx.origin}/borders/`))!;
  expect(response.status()).toBe(200);
  expect((await response.allHeaders())["content-encoding"]).toBe("br");
  const sizes = await response.request().sizes();
  expect(sizes.responseBodySize).toBe(readFileSync(join(DIST, "borders/index.html.br")).length);
  await expect(page.locator("h1")).toBeVisible();
  await queuedTasksRun(page);
  expect(violations).toEqual([]);
});

test("the service worker is revalidated on every visit; pages name the speculation rules, served with their type", async () => {
  for (const client of clients) {
    const sw = await get(nginx.origin, "/sw.js", client);
    expect(sw.status).toBe(200);
    expect(sw.headers["content-type"]).toMatch(/^application\/javascript; charset=utf-8$/);
    expect(sw.headers["cache-control"]).toBe("no-cache");
    const rules = await get(nginx.origin, "/speculation-rules.json", client);
    expect(rules.status).toBe(200);
    expect(rules.headers["content-type"]).toBe("application/speculationrules+json");
    expect(JSON.parse(decode(rules).toString())).toEqual(JSON.parse(readFileSync(join(DIST, "speculation-rules.json"), "utf8")));
    for (const path of ["/", "/borders/", "/es/"]) {
      expect((await get(nginx.origin, path, client)).headers["speculation-rules"], path).toBe('"/speculation-rules.json"');
    }
  }
});
