/**
 * Link-preview images (1200 x 630 PNG), drawn at build time with satori and resvg from fonts shipped in
 * npm packages: no network. Rendered images are cached by content hash in the build cache, so a
 * rebuild only draws the cards whose text changed.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { FONT_FILES, treeToSvg } from "./og-svg.mjs";
import { treeToPng } from "./raster-pool";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  /** File name under /og/: "home", "borders", "summary". */
  id: string;
  kicker: string;
  title: string;
  figure: { value: string; label: string } | undefined;
  /** Shown instead of a figure when the part has none. */
  fallbackText: string;
  siteName: string;
}

const INK = "#15171a";
const ACCENT = "#0b5a55";
const PAPER = "#fbfaf7";

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | string | (Node | string)[] } };
const el = (type: string, style: Record<string, unknown>, children?: Node["props"]["children"]): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** The card as satori's element tree: pure, so it can be tested without drawing. */
export function cardTree(card: OgCard): Node {
  const titleSize = card.title.length > 40 ? 64 : 76;
  const bottom = card.figure
    ? el("div", { display: "flex", alignItems: "baseline", gap: 28 }, [
        el(
          "div",
          {
            fontFamily: "Inter",
            fontWeight: 700,
            fontSize: card.figure.value.length > 12 ? 56 : 88,
            color: ACCENT,
            lineHeight: 1,
          },
          card.figure.value,
        ),
        el(
          "div",
          { fontFamily: "Inter", fontWeight: 400, fontSize: 30, color: INK, lineHeight: 1.3, flex: 1 },
          card.figure.label,
        ),
      ])
    : el("div", { fontFamily: "Inter", fontWeight: 400, fontSize: 32, color: INK, lineHeight: 1.35 }, card.fallbackText);
  return el(
    "div",
    { width: OG_WIDTH, height: OG_HEIGHT, display: "flex", background: PAPER, borderLeft: `28px solid ${ACCENT}` },
    el(
      "div",
      {
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 72px 52px 64px",
        width: "100%",
      },
      [
        el("div", { display: "flex", flexDirection: "column", gap: 20 }, [
          el(
            "div",
            { fontFamily: "Inter", fontWeight: 700, fontSize: 26, letterSpacing: 3, color: ACCENT, textTransform: "uppercase" },
            card.kicker,
          ),
          el(
            "div",
            { fontFamily: "Source Serif", fontWeight: 700, fontSize: titleSize, lineHeight: 1.08, color: INK },
            card.title,
          ),
        ]),
        el("div", { display: "flex", flexDirection: "column", gap: 24 }, [
          bottom,
          el(
            "div",
            {
              display: "flex",
              borderTop: `3px solid ${INK}`,
              paddingTop: 16,
              fontFamily: "Inter",
              fontWeight: 700,
              fontSize: 24,
              color: INK,
            },
            card.siteName,
          ),
        ]),
      ],
    ),
  );
}

/** The card as SVG, on this thread: the build draws its cards on the raster workers (`renderOgImage`). */
export async function drawSvg(card: OgCard): Promise<string> {
  return treeToSvg(cardTree(card), OG_WIDTH, OG_HEIGHT).catch((error: Error) => {
    throw new Error(`preview card "${card.id}": ${error.message}`);
  });
}

/** The cache folders made in this process, so that 2,000 cards do not ask for them 2,000 times. */
const madeDirs: Record<string, Promise<unknown>> = {};

/** Draws a card to PNG bytes, from the cache when the same card was drawn before. */
export async function renderOgImage(
  card: OgCard,
  cacheDir = process.env["CENTSEC_CACHE_DIR"] ?? "node_modules/.astro",
): Promise<Buffer> {
  // `v` names how a card is drawn and encoded: raise it when that changes, so no card comes from the cache
  // as the older code made it (2: palette PNGs, src/lib/indexed-png.mjs).
  const key = createHash("sha256")
    .update(JSON.stringify({ v: 2, card, fonts: FONT_FILES }))
    .digest("hex")
    .slice(0, 32);
  const cached = join(cacheDir, "og", `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn yet.
  }
  // Satori, rasterising and encoding are the whole cost: they run on worker threads while pages keep building.
  const png = await treeToPng(cardTree(card), OG_WIDTH, OG_HEIGHT).catch((error: Error) => {
    throw new Error(`preview card "${card.id}": ${error.message}`);
  });
  await (madeDirs[cacheDir] ??= mkdir(join(cacheDir, "og"), { recursive: true }));
  await writeFile(cached, png);
  return png;
}
