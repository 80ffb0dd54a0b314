import { PNG } from "pngjs";
import { describe, expect, test } from "vitest";
import { indexedPng } from "../../src/lib/indexed-png.mjs";

/** An opaque RGBA picture whose pixel (x, y) has colour `colourAt(x, y)` (0xRRGGBB). */
function picture(width: number, height: number, colourAt: (x: number, y: number) => number, alphaAt = () => 255) {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const colour = colourAt(x, y);
      rgba.set([colour >> 16, (colour >> 8) & 255, colour & 255, alphaAt()], at);
    }
  return rgba;
}

describe("indexedPng: a palette PNG of a picture of few colours", () => {
  test.each([
    ["one pixel", 1, 1, () => 0x0b5a55],
    ["one colour, wider than tall", 7, 2, () => 0xfbfaf7],
    ["two colours in stripes", 5, 4, (x: number) => (x % 2 ? 0x15171a : 0xfbfaf7)],
    ["a colour seen again after others", 9, 3, (x: number, y: number) => [0xff0000, 0x00ff00, 0x0000ff][(x + y) % 3]!],
    ["exactly 256 colours", 16, 16, (x: number, y: number) => (y * 16 + x) * 0x010101],
    ["256 colours over an odd width", 37, 7, (x: number, y: number) => ((y * 37 + x) % 256) * 0x000101],
  ])("%s decodes to the very pixels", (_name, width, height, colourAt) => {
    const rgba = picture(width, height, colourAt);
    const png = indexedPng(rgba, width, height)!;
    expect(png[25]).toBe(3); // IHDR colour type: palette
    const decoded = PNG.sync.read(png);
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    expect(Uint8Array.from(decoded.data)).toEqual(rgba);
  });

  test.each([
    ["257 colours", picture(257, 1, (x) => x * 0x000101)],
    // Transparent black, then opaque white: the first pixel must be checked like every other.
    ["a transparent first pixel", new Uint8Array(8).fill(255, 4)],
    [
      "a pixel not fully opaque",
      picture(
        2,
        2,
        () => 0,
        () => 254,
      ),
    ],
  ])("leaves %s to a full-colour encoder", (_name, rgba) => {
    expect(indexedPng(rgba, rgba.length / 4, 1)).toBeUndefined();
  });

  test("refuses bytes that are not the size given", () => {
    expect(() => indexedPng(new Uint8Array(12), 2, 2)).toThrow("12 bytes is not a 2 x 2 RGBA picture");
  });
});
