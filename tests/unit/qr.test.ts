import { expect, test } from "vitest";
import QRCode from "qrcode";
import { qrSvg } from "../../src/lib/qr";
import { cspHash } from "../../src/lib/csp";
import { cssString, printCss } from "../../src/lib/print";

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

test("cspHash is the base64 SHA-256 a browser computes", () => {
  expect(cspHash("")).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
});
