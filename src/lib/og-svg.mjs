// A preview card's element tree drawn as SVG by satori, with the fonts shipped in npm packages. Plain
// JavaScript, because it runs in two places: in the build (src/lib/og-image.ts) and, loaded from source,
// in the raster workers (src/lib/raster-worker.mjs), which draw the cards off the main thread.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import satori from "satori";

export const FONT_FILES = [
  { name: "Inter", weight: 400, file: "@fontsource/inter/files/inter-latin-400-normal.woff" },
  { name: "Inter", weight: 700, file: "@fontsource/inter/files/inter-latin-700-normal.woff" },
  { name: "Source Serif", weight: 700, file: "@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff" },
];

const require = createRequire(join(process.cwd(), "package.json"));

/** @type {Promise<{ name: string; weight: 400 | 700; data: Buffer; style: "normal" }[]> | undefined} */
let fonts;
const loadFonts = () =>
  (fonts ??= Promise.all(
    FONT_FILES.map(async (f) => ({
      name: f.name,
      weight: /** @type {400 | 700} */ (f.weight),
      style: /** @type {const} */ ("normal"),
      data: await readFile(require.resolve(f.file)),
    })),
  ));

/**
 * The SVG of satori's element tree `tree`, `width` x `height`. Satori asks for another font for any
 * character the shipped ones lack: that is refused, naming the characters, rather than drawn as a box.
 * @param {unknown} tree
 * @param {number} width
 * @param {number} height
 * @returns {Promise<string>}
 */
export async function treeToSvg(tree, width, height) {
  /** @type {string[]} */
  const missing = [];
  const svg = await satori(/** @type {never} */ (tree), {
    width,
    height,
    fonts: await loadFonts(),
    loadAdditionalAsset: async (_language, segment) => {
      missing.push(segment);
      return [];
    },
  });
  if (missing.length > 0) throw new Error(`the fonts have no glyph for "${[...new Set(missing)].join("")}"`);
  return svg;
}
