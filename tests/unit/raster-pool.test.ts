import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { describe, expect, test } from "vitest";
import { cardTree, drawSvg, OG_HEIGHT, OG_WIDTH, type OgCard } from "../../src/lib/og-image";
import { rasterisePng, treeToPng } from "../../src/lib/raster-pool";

const square = (fill: string, size = 40) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${fill}"/><circle cx="20" cy="20" r="12" fill="#fff"/></svg>`;

/** The RGBA pixels a PNG decodes to: the workers write a palette PNG where resvg writes RGBA. */
const pixels = (png: Buffer) => PNG.sync.read(png).data;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("rasterisePng, on worker threads", () => {
  test.each([
    ["a square at its own size", square("#0b5a55"), 40],
    ["a square scaled up", square("#15171a"), 120],
    ["a square scaled down", square("#fbfaf7", 200), 50],
  ])("draws %s pixel for pixel as resvg does on the main thread", async (_name, svg, width) => {
    const expected = new Resvg(svg, { fitTo: { mode: "width", value: width }, font: { loadSystemFonts: false } })
      .render()
      .asPng();
    const png = await rasterisePng(svg, width);
    expect(pngSize(png)).toEqual({ width, height: width });
    expect(pixels(png).equals(pixels(expected))).toBe(true);
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

  const card = (title: string): OgCard => ({
    id: "test",
    kicker: "Guide",
    title,
    figure: { value: "25%", label: "more homicides" },
    fallbackText: "",
    siteName: "CENTSEC 2025",
  });

  test(
    "draws satori's tree of a card pixel for pixel as satori and resvg do, as a smaller palette PNG",
    { timeout: 30_000 },
    async () => {
      const expected = new Resvg(await drawSvg(card("Who met in Panama")), {
        fitTo: { mode: "width", value: OG_WIDTH },
        font: { loadSystemFonts: false },
      })
        .render()
        .asPng();
      const png = await treeToPng(cardTree(card("Who met in Panama")), OG_WIDTH, OG_HEIGHT);
      expect(png[25]).toBe(3); // IHDR colour type: palette
      expect(pixels(png).equals(pixels(expected))).toBe(true);
      expect(png.length).toBeLessThan(expected.length);
    },
  );

  test("refuses a tree with a character the fonts do not have", { timeout: 30_000 }, async () => {
    await expect(treeToPng(cardTree(card("巴拿马")), OG_WIDTH, OG_HEIGHT)).rejects.toThrow(
      /the fonts have no glyph for "巴拿马"/,
    );
  });
});
