import type { Config } from "tailwindcss";
// The typography plugin's own defaults, trimmed below to the elements our MDX can produce.
import typographyDefaults from "@tailwindcss/typography/src/styles.js";
import { colours } from "./src/styles/colours";
import { fontStack } from "./src/lib/fonts";

/** Elements an explainer body never contains: their prose rules would only add bytes to every page. */
const UNUSED_IN_PROSE =
  /^(h1|h4|h5|h6|img|picture|video|kbd|code|pre|dl|dt|dd|hr|table|thead|tbody|tfoot|tr|th|td|figure|figcaption|blockquote|\[class~="lead"\])$/;

type CssObject = Record<string, unknown>;
/** Drops every rule whose selectors all name only unused elements ("thead th", "h2 code", "hr + *"). */
function withoutUnusedElements(css: CssObject): CssObject {
  const usesOnlyUnused = (selector: string) =>
    selector.split(",").every((part) =>
      part
        .trim()
        .split(/\s*[>+~ ]\s*/)
        .filter((name) => name && name !== "*")
        .some((name) => UNUSED_IN_PROSE.test(name.replace(/::?[a-z-]+(\(.*\))?/g, ""))),
    );
  return Object.fromEntries(
    Object.entries(css).filter(([key]) => key.startsWith("--") || !/^[a-z>[\]]/.test(key) || !usesOnlyUnused(key)),
  );
}

/** The default (gray) palette: every prose block here also carries `prose-stone`, which sets its own. */
const withoutDefaultColours = (css: CssObject): CssObject =>
  Object.fromEntries(Object.entries(css).filter(([key]) => !key.startsWith("--tw-prose-")));

const trimmedCss = (name: "DEFAULT" | "stone" | "invert") => {
  const { css } = typographyDefaults[name] as { css: CssObject | CssObject[] };
  return (Array.isArray(css) ? css : [css]).map(withoutUnusedElements);
};
const defaultCss = trimmedCss("DEFAULT").map(withoutDefaultColours);

/** The colours the remaining rules read (body, headings, links…); the palettes' others (code, kbd, th…) go. */
const usedColours = new Set([...JSON.stringify(defaultCss).matchAll(/var\(--tw-prose-([a-z-]+)\)/g)].map((m) => m[1]));
const onlyUsedColours = (css: CssObject): CssObject =>
  Object.fromEntries(
    Object.entries(css).filter(([key]) => {
      const colour = /^--tw-prose-(?:invert-)?([a-z-]+)$/.exec(key)?.[1];
      return colour === undefined || usedColours.has(colour);
    }),
  );

const typography = {
  DEFAULT: { css: defaultCss },
  stone: { css: trimmedCss("stone").map(onlyUsedColours) },
  invert: { css: trimmedCss("invert").map(onlyUsedColours) },
};
// One size for reading on every screen: the default's em-based rhythm, scaled from a larger body size.
typography.DEFAULT.css.push({ fontSize: "1.125rem", lineHeight: "1.6" });

/**
 * Design tokens. Tailwind v4 reads this file through `@config` in src/styles/global.css.
 * The colours live in src/styles/colours.ts, which the locator map reads too.
 */
export default {
  content: ["./src/**/*.{astro,ts,mdx}", "./content/**/*.mdx"],
  theme: {
    typography,
    extend: {
      colors: colours,
      fontFamily: {
        // The self-hosted faces, then system faces scaled to their metrics, then the system's own (src/lib/fonts.ts).
        serif: fontStack("serif").fontFamily,
        sans: fontStack("sans").fontFamily,
      },
      // The type scale, in steps of about 1.15 from the 18 px text: 13 (kicker), 14 (text-sm: sourcing, dates,
      // end matter), 18 (text), 20 (standfirst, card titles), 24 (a part's subheadings), 36 (figures), and
      // headlines of 28 (a phone), 40 (a chapter: a part, About, the glossary) and 52 (the cover).
      // Source Serif sets headlines and text, Inter the labels and numbers. Tracking opens slightly as text
      // gets smaller and closes as it gets larger, but never as far as letters touching: small capitals are
      // tracked 0.05em, not the 0.1em of a poster.
      fontSize: {
        kicker: ["0.8125rem", { lineHeight: "1.25rem", letterSpacing: "0.05em" }],
        // The site's name in the header: the serif, a size above the navigation, in the header's row height.
        masthead: ["1.1875rem", { lineHeight: "1.5rem", letterSpacing: "-0.01em" }],
        // 17 px on a 375 px phone (Source Serif's tall x-height reads as large as 18 px of Times), growing
        // to 20 px from about 700 px.
        standfirst: ["clamp(1.0625rem, 0.86rem + 0.9vw, 1.25rem)", { lineHeight: "1.45" }],
        // A card's title (the parts, Back and Next): the serif a step above the text, as the standfirst.
        "card-title": ["1.25rem", { lineHeight: "1.625rem", letterSpacing: "-0.005em" }],
        figure: ["2.25rem", { lineHeight: "2.5rem", letterSpacing: "-0.02em" }],
        // 28 px on a phone: Source Serif sets wider than the Times before it, and the story's first
        // sentence stays on a 375 x 800 phone's first screen.
        headline: ["1.75rem", { lineHeight: "2rem", letterSpacing: "-0.005em" }],
        "headline-lg": ["3.25rem", { lineHeight: "3.5rem", letterSpacing: "-0.01em" }],
        // A chapter's headline (a part, About, the glossary) a step under the cover's: 40 px.
        "headline-part": ["2.5rem", { lineHeight: "2.875rem", letterSpacing: "-0.01em" }],
      },
      maxWidth: {
        // About 65 characters of the 18 px text a line; in rem, not ch, so the column is the same width
        // whichever face draws it (the web font, a fallback), and nothing moves when the font arrives.
        measure: "38.25rem",
      },
    },
  },
} satisfies Config;
