import { expect, test } from "vitest";
import QRCode from "qrcode";
import { qrSvg } from "../../src/lib/qr";
import { cspHash } from "../../src/lib/csp";
import { cssString, PAGE_MARGIN, printCss, SUMMARY_PRINT } from "../../src/lib/print";

test("the QR code is an accessible SVG that encodes exactly the URL", async () => {
  const svg = await qrSvg("https://centsec-explainer.example/", 'Scan "me" & go');
  expect(svg).toMatch(/^<svg role="img" aria-label="Scan &quot;me&quot; &amp; go" class="qr-code" /);
  expect(svg).not.toContain("style=");
  // The encoder's own segments for this input: byte mode, the URL unchanged.
  const code = QRCode.create("https://centsec-explainer.example/", { errorCorrectionLevel: "M" });
  expect(code.segments.map((s) => ("data" in s ? Buffer.from(s.data as Uint8Array).toString() : ""))).toEqual([
    "https://centsec-explainer.example/",
  ]);
});

test.each([
  ["plain", '"plain"'],
  ['a "quote"', '"a \\"quote\\""'],
  ["back\\slash", '"back\\\\slash"'],
])("cssString(%s)", (value, expected) => {
  expect(cssString(value)).toBe(expected);
});

test("print CSS writes out site-relative links with the site's address and names the page", () => {
  const css = printCss({
    siteOrigin: "https://x.example",
    pageUrl: "https://x.example/borders/",
    siteName: "CENTSEC 2025 explained",
  });
  expect(css).toContain('a[href^="/"]:not([data-print-bare])::after{content:" (" "https://x.example" attr(href) ")"}');
  expect(css).toContain('@bottom-left{content:"https://x.example/borders/"}');
  expect(css).toContain('@top-left{content:"CENTSEC 2025 explained"}');
});

test("print CSS sets the sheet's margins, a page's own when it has them, and nothing else of the layout", () => {
  const site = { siteOrigin: "https://x.example", pageUrl: "https://x.example/summary/", siteName: "CENTSEC" };
  expect(printCss(site)).toContain(`@page{margin:${PAGE_MARGIN};@top-left`);
  const summary = printCss({ ...site, page: SUMMARY_PRINT });
  expect(summary).toContain(`@page{margin:${SUMMARY_PRINT.margin};@bottom-left`);
  expect(summary).not.toContain(PAGE_MARGIN);
  // No running head over the summary, whose kicker names the site just below it.
  expect(summary).not.toContain("@top-left");
  // The summary's one-page layout is a stylesheet (src/styles/summary-print.css), not per-page text.
  expect(summary).not.toContain(".summary");
});

test("cspHash is the base64 SHA-256 a browser computes", () => {
  expect(cspHash("")).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
});
