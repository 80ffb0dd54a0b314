import { describe, expect, test } from "vitest";
import { rewriteInlineStyles, tightenCsp } from "../../src/lib/csp";
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

describe("rewriting inline styles", () => {
  const kept = "p{color:red}";
  const long = "p{color:red}i{color:blue}";
  const html = page(
    `style-src 'self' '${cspHash(kept)}' '${cspHash(long)}';img-src 'self'`,
    `<style>${kept}</style><style data-x>${long}</style>`,
  );

  test("swaps the hash of each style that changed for that of its new text", () => {
    const out = rewriteInlineStyles(html, (css) => css.replace("i{color:blue}", ""));
    expect(out).toBe(
      page(
        `style-src 'self' '${cspHash(kept)}' '${cspHash(kept)}';img-src 'self'`,
        `<style>${kept}</style><style data-x>${kept}</style>`,
      ),
    );
  });

  test("leaves a page whose styles do not change as it was", () => {
    expect(rewriteInlineStyles(html, (css) => css)).toBe(html);
  });

  test("refuses a changed style the policy did not allow", () => {
    const unlisted = page("style-src 'self'", `<style>${long}</style>`);
    expect(() => rewriteInlineStyles(unlisted, () => kept)).toThrow(cspHash(long));
  });
});
