/**
 * The site's type: Source Serif 4 for headlines and text, Inter for labels, numbers and the interface,
 * self-hosted from their npm packages and cut down at build time to the characters the editions use
 * (src/integrations/fonts.ts). Readers whose fonts have not arrived, or fail, read a system face scaled
 * to the same metrics (capsize), so nothing moves when the fonts come.
 */
import { createFontStack } from "@capsizecss/core";
import arial from "@capsizecss/metrics/arial";
import arialBold from "@capsizecss/metrics/arial/700";
import georgia from "@capsizecss/metrics/georgia";
import georgiaBold from "@capsizecss/metrics/georgia/700";
import inter from "@capsizecss/metrics/inter";
import interBold from "@capsizecss/metrics/inter/700";
import sourceSerif4 from "@capsizecss/metrics/sourceSerif4";
import sourceSerif4Bold from "@capsizecss/metrics/sourceSerif4/700";
import timesNewRoman from "@capsizecss/metrics/timesNewRoman";
import timesNewRomanBold from "@capsizecss/metrics/timesNewRoman/700";

/**
 * Every character the fonts carry: printable ASCII but the programmer's marks (\ ^ ` { } ~), the Spanish
 * letters and marks, and the typographic quotes, dashes and spaces the editions set (the packages' latin
 * files have no arrows or narrow no-break space: the site draws its arrows as icons). A test
 * (tests/dist/fonts.test.ts) fails when a built page's text holds a character outside it.
 */
export const FONT_CHARACTERS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).filter((c) => !"\\^`{}~".includes(c)),
  ..."ÁÉÍÓÚÑÜáéíóúñü¡¿«»",
  ..."\u00a0\u2009", // no-break and thin spaces
  ..."‘’“”–—…·•€×",
].join("");

export interface FontFile {
  /** The name of its subset in the build (src/integrations/fonts.ts) and, hashed, in /_astro/. */
  id: string;
  family: string;
  /** The package file it is cut from. */
  source: string;
  style: "normal" | "italic";
  /** A weight, or the range a variable file covers. */
  weight: number | [number, number];
  /** A variable file's axes, narrowed to the weights the site sets. */
  axes?: Record<string, { min: number; max: number }>;
}

export const SERIF = "Source Serif 4";
export const SANS = "Inter";

/**
 * The three files a page can load. Variable files where they are smaller than the static weights they
 * replace: the serif's 400-700 file is 25 KB against 45 KB for 400, 600 and 700; Inter's 21 KB against
 * 29 KB for 400 and 600. The italic is only ever set at 400.
 */
export const FONT_FILES: readonly FontFile[] = [
  {
    id: "source-serif-4",
    family: SERIF,
    source: "@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
    style: "normal",
    weight: [400, 700],
    axes: { wght: { min: 400, max: 700 } },
  },
  {
    id: "source-serif-4-italic",
    family: SERIF,
    source: "@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2",
    style: "italic",
    weight: 400,
  },
  {
    id: "inter",
    family: SANS,
    source: "@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
    style: "normal",
    weight: [400, 700],
    axes: { wght: { min: 400, max: 700 } },
  },
];

/**
 * `optional`: a face that has not arrived in the first ~100 ms is not swapped in on this page, so text
 * never reflows; it is cached for the next page. With `swap`, even metric-matched fallbacks wrap a few
 * lines differently, and the page below them moves.
 */
export const FONT_DISPLAY = "optional";

const asWeight = (weight: FontFile["weight"]) => (Array.isArray(weight) ? weight.join(" ") : String(weight));

/** One @font-face rule for a file at `url`. */
export function fontFaceRule(file: FontFile, url: string): string {
  return [
    "@font-face {",
    `  font-family: "${file.family}";`,
    `  src: url("${url}") format("woff2");`,
    `  font-style: ${file.style};`,
    `  font-weight: ${asWeight(file.weight)};`,
    `  font-display: ${FONT_DISPLAY};`,
    "}",
  ].join("\n");
}

type Metrics = Parameters<typeof createFontStack>[0][number];
/** Liberation's faces (most Linux systems) share the metrics of Times New Roman and Arial. */
const renamed = (metrics: Metrics, familyName: string, bold: boolean): Metrics => ({
  ...metrics,
  familyName,
  fullName: bold ? `${familyName} Bold` : familyName,
  postscriptName: `${familyName.replace(/ /g, "")}${bold ? "-Bold" : ""}`,
});

/** The system faces each family falls back to, regular and bold, in order of preference. */
const FALLBACKS = {
  serif: {
    regular: [sourceSerif4, georgia, timesNewRoman, renamed(timesNewRoman, "Liberation Serif", false)],
    bold: [sourceSerif4Bold, georgiaBold, timesNewRomanBold, renamed(timesNewRomanBold, "Liberation Serif", true)],
    rest: ["Georgia", "'Times New Roman'", "serif"],
  },
  sans: {
    regular: [inter, arial, renamed(arial, "Liberation Sans", false)],
    bold: [interBold, arialBold, renamed(arialBold, "Liberation Sans", true)],
    rest: ["Arial", "Helvetica", "system-ui", "sans-serif"],
  },
} as const;

/**
 * A family's stack and its metric-matched fallback faces: each system face is scaled (size-adjust) and
 * given the web font's ascent, descent and line gap, at 400 and at 700.
 */
export function fontStack(kind: keyof typeof FALLBACKS): { fontFamily: string[]; fontFaces: string } {
  const { regular, bold, rest } = FALLBACKS[kind];
  const upright = createFontStack([...regular], { fontFaceProperties: { fontWeight: "400" } });
  const heavy = createFontStack([...bold], { fontFaceProperties: { fontWeight: "700" } });
  const [face, ...others] = upright.fontFamily.split(/,\s*/);
  const names = [face!, ...others.filter((name) => name.includes("Fallback:"))];
  return {
    fontFamily: [...names.map((name) => (name.startsWith('"') ? name.replace(/"/g, "'") : `'${name}'`)), ...rest],
    fontFaces: `${upright.fontFaces}\n${heavy.fontFaces}`,
  };
}

/** The stylesheet of the fonts: the files' faces (at the URLs `urlOf` gives) and the fallback faces. */
export function fontsCss(urlOf: (file: FontFile) => string): string {
  return [
    ...FONT_FILES.map((file) => fontFaceRule(file, urlOf(file))),
    fontStack("serif").fontFaces,
    fontStack("sans").fontFaces,
  ].join("\n");
}

/** Whether a page sets text in the serif italic: emphasis or a title in its text. */
export const setsItalic = (html: string) => /<(em|i)[\s>]/.test(html);

/**
 * The page with the italic preloaded beside the upright faces, when it sets any; unchanged otherwise, or
 * when it preloads no font (an unstyled page).
 */
export function withItalicPreload(html: string, italicUrl: string): string {
  if (!setsItalic(html)) return html;
  const preloads = [...html.matchAll(/<link rel="preload"[^>]* as="font"[^>]*>/g)];
  const last = preloads.at(-1);
  if (!last) return html;
  const at = last.index + last[0].length;
  return `${html.slice(0, at)}<link rel="preload" href="${italicUrl}" as="font" type="font/woff2" crossorigin>${html.slice(at)}`;
}
