import { Resvg } from "@resvg/resvg-js";
import { describe, expect, test } from "vitest";
import { rasterisePng } from "../../src/lib/raster-pool";

const square = (fill: string, size = 40) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${fill}"/><circle cx="20" cy="20" r="12" fill="#fff"/></svg>`;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("rasterisePng, on worker threads", () => {
  test.each([
    ["a square at its own size", square("#0b5a55"), 40],
    ["a square scaled up", square("#15171a"), 120],
    ["a square scaled down", square("#fbfaf7", 200), 50],
  ])("draws %s byte for byte as resvg does on the main thread", async (_name, svg, width) => {
    const expected = new Resvg(svg, { fitTo: { mode: "width", value: width }, font: { loadSystemFonts: false } })
      .render()
      .asPng();
    const png = await rasterisePng(svg, width);
    expect(pngSize(png)).toEqual({ width, height: width });
    expect(png.equals(expected)).toBe(true);
  });

  test("gives each of many jobs at once its own picture", async () => {
    const widths = Array.from({ length: 12 }, (_, i) => 20 + i * 7);
    const pngs = await Promise.all(widths.map((width) => rasterisePng(square("#0b5a55"), width)));
    expect(pngs.map((png) => pngSize(png).width)).toEqual(widths);
  });

  test("refuses what is not SVG, and goes on drawing", async () => {
    await expect(rasterisePng("<svg", 40)).rejects.toThrow(/SVG data parsing failed/);
    expect(pngSize(await rasterisePng(square("#0b5a55"), 40)).width).toBe(40);
  });
});
