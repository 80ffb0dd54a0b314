import QRCode from "qrcode";

/** A QR code as inline SVG that leads to `url`, with an accessible name. Drawn at build time. */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
    color: { dark: "#000000", light: "#ffffff" },
  });
  const escaped = label.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${escaped}" class="qr-code" `).trim();
}
