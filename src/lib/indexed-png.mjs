// A PNG encoder for pictures of few colours: the preview cards, whose anti-aliased text on flat colours
// comes to a few dozen colours. Plain JavaScript, because the raster workers load it from source
// (src/lib/raster-worker.mjs).
//
// Why our own, and not resvg's or a library's: resvg-js writes every picture as 8-bit RGBA, and encoding
// a 1200 x 630 card that way took longer than drawing it (15-19 ms of CPU); pngjs is slower still, and
// fast-png's indexed mode deflates in JavaScript (fflate). Written as a palette, the same card is a
// quarter of the data, deflated by Node's own zlib in about 2 ms, and the file is about half the size.
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
  // Each row starts with its filter byte (0: none); palette indices follow, one byte a pixel.
  const rows = Buffer.alloc((width + 1) * height);
  /** @type {Map<number, number>} */
  const indexOf = new Map();
  const palette = Buffer.alloc(MAX_COLOURS * 3);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, at = 0; y < height; y++) {
    let out = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, at += 4) {
      if (rgba[at + 3] !== 255) return undefined;
      const colour = (rgba[at] << 16) | (rgba[at + 1] << 8) | rgba[at + 2];
      if (colour !== last) {
        let index = indexOf.get(colour);
        if (index === undefined) {
          index = indexOf.size;
          if (index === MAX_COLOURS) return undefined;
          indexOf.set(colour, index);
          palette[index * 3] = rgba[at];
          palette[index * 3 + 1] = rgba[at + 1];
          palette[index * 3 + 2] = rgba[at + 2];
        }
        last = colour;
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
