import type { Config } from "tailwindcss";

/**
 * Design tokens. Tailwind v4 reads this file through `@config` in src/styles/global.css.
 * Colours are chosen for WCAG AA contrast on both `paper` (light) and `ink` (dark) grounds.
 */
export default {
  content: ["./src/**/*.{astro,ts,mdx}", "./content/**/*.mdx"],
  theme: {
    extend: {
      colors: {
        paper: "#fbfaf7",
        ink: "#15171a",
        // A deep canal-water teal used for accents and links.
        accent: {
          50: "#ecf7f6",
          100: "#cfece9",
          300: "#6fc3bb",
          400: "#3fa79e",
          600: "#0f6f68",
          700: "#0b5a55",
          800: "#0a4744",
          900: "#0b3331",
        },
        // Warm highlight for :target passages and the conference marker.
        signal: {
          100: "#fdf0c9",
          300: "#f3c95b",
          700: "#7a5206",
          900: "#3b2a06",
        },
      },
      fontFamily: {
        serif: ["Charter", "'Bitstream Charter'", "'Sitka Text'", "Cambria", "Georgia", "serif"],
        sans: ["system-ui", "-apple-system", "'Segoe UI'", "Roboto", "'Helvetica Neue'", "Arial", "sans-serif"],
      },
      fontSize: {
        kicker: ["0.8125rem", { lineHeight: "1.25rem", letterSpacing: "0.08em" }],
        standfirst: ["1.25rem", { lineHeight: "1.75rem" }],
        figure: ["2.25rem", { lineHeight: "2.5rem", letterSpacing: "-0.01em" }],
        headline: ["2.25rem", { lineHeight: "2.6rem", letterSpacing: "-0.015em" }],
        "headline-lg": ["3.25rem", { lineHeight: "3.5rem", letterSpacing: "-0.02em" }],
      },
      maxWidth: {
        measure: "68ch",
      },
    },
  },
} satisfies Config;
