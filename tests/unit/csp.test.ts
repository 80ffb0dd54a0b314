import { expect, test } from "vitest";
import { tightenCsp } from "../../src/lib/csp";
import { cspHash } from "../../src/lib/csp";

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;

test("keeps the hashes of the inline scripts and styles on the page, drops the rest", () => {
  const script = "console.log(1)";
  const style = "p{color:red}";
  const policy = `default-src 'none'; script-src 'self' '${cspHash(script)}' 'sha256-unused='; style-src 'self' '${cspHash(style)}' 'sha256-gone=';`;
  const out = tightenCsp(
    page(policy, `<script type="module">${script}</script><style>${style}</style><script type="application/ld+json">{}</script>`),
  );
  expect(out).toContain(`script-src 'self' '${cspHash(script)}'`);
  expect(out).toContain(`style-src 'self' '${cspHash(style)}'`);
  expect(out).not.toContain("unused");
  expect(out).not.toContain("gone");
  expect(out).toContain("default-src 'none'");
});

test("a page with no inline script keeps only 'self' for scripts", () => {
  const out = tightenCsp(page("script-src 'self' 'sha256-a='; style-src 'self'", "<p>hi</p>"));
  expect(out).toContain("script-src 'self';style-src 'self'");
});

test("leaves pages without a CSP alone", () => {
  expect(tightenCsp("<p>no policy</p>")).toBe("<p>no policy</p>");
});

test("header rules give each page its own policy plus frame-ancestors", async () => {
  const { headerRules } = await import("../../src/lib/csp");
  expect(
    headerRules([
      { path: "/borders/", policy: "default-src 'none';script-src 'self'" },
      { path: "/404.html", policy: "default-src 'none'" },
    ]),
  ).toBe(
    "/borders/\n  Content-Security-Policy: default-src 'none';script-src 'self';frame-ancestors 'none'\n\n" +
      "/borders/index.html\n  Content-Security-Policy: default-src 'none';script-src 'self';frame-ancestors 'none'\n\n" +
      "/404.html\n  Content-Security-Policy: default-src 'none';frame-ancestors 'none'\n",
  );
});
