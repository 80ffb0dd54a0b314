// A PNG encoder for pictures of few colours: the preview cards, whose anti-aliased text on flat colours
// comes to a few dozen colours. Plain JavaScript, because the raster workers load it from source
// (src/lib/raster-worker.mjs).
//
// Why our own, and not resvg's or a library's: resvg-js writes every picture as 8-bit RGBA, which for a
// 1200 x 630 card took about 15 ms of CPU, as long as drawing it; pngjs was slower still, and fast-png's
// indexed mode deflates in JavaScript (fflate). As a palette the same card is a quarter of the data:
// indexing it and deflating with Node's zlib take about half resvg's time, for half the bytes.
import { crc32, deflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_COLOURS = 256;

/**
 * @param {string} type
 * @param {Uint8Array} data
 */
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * The PNG of an opaque RGBA picture (4 bytes a pixel, rows top to bottom) as a palette of at most 256
 * colours, every pixel exact; `undefined` when the picture has more colours or any pixel that is not
 * fully opaque (the caller then uses a full-colour encoder).
 * @param {Uint8Array} rgba
 * @param {number} width
 * @param {number} height
 * @returns {Buffer | undefined}
 */
export function indexedPng(rgba, width, height) {
  if (rgba.length !== width * height * 4 || width < 1 || height < 1) {
    throw new Error(`indexedPng: ${rgba.length} bytes is not a ${width} x ${height} RGBA picture`);
  }
  // One 32-bit read a pixel (its bytes R, G, B, A, in the platform's order, which is little-endian on every
  // platform Node runs on: alpha is the top byte). Signed, so that an opaque pixel is a small integer to V8
  // (-2^24 to -1), not a boxed number. A view needs 4-byte alignment, so odd offsets are copied.
  const pixels =
    rgba.byteOffset % 4 === 0
      ? new Int32Array(rgba.buffer, rgba.byteOffset, width * height)
      : new Int32Array(Uint8Array.from(rgba).buffer);
  // Each row opens with the byte of its PNG row coding (0: the bytes as they are); palette indices follow,
  // one byte a pixel. (Spelled out because Tailwind reads comments in src/ and makes a utility of that word.)
  const rows = Buffer.alloc((width + 1) * height);
  /** @type {Map<number, number>} */
  const indexOf = new Map();
  const palette = Buffer.alloc(MAX_COLOURS * 3);
  let last = pixels[0] ^ 1; // not the first pixel, so that it is checked
  let lastIndex = 0;
  for (let y = 0, at = 0; y < height; y++) {
    let out = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, at++) {
      const pixel = pixels[at];
      if (pixel !== last) {
        if (pixel >> 24 !== -1) return undefined;
        let index = indexOf.get(pixel);
        if (index === undefined) {
          index = indexOf.size;
          if (index === MAX_COLOURS) return undefined;
          indexOf.set(pixel, index);
          palette[index * 3] = pixel & 255;
          palette[index * 3 + 1] = (pixel >>> 8) & 255;
          palette[index * 3 + 2] = (pixel >>> 16) & 255;
        }
        last = pixel;
        lastIndex = index;
      }
      rows[out++] = lastIndex;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("PLTE", palette.subarray(0, indexOf.size * 3)),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", new Uint8Array(0)),
  ]);
}
