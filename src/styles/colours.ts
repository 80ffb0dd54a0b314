/**
 * The site's colours, the one table of them: Tailwind's theme (tailwind.config.ts) and the locator map's
 * base map (src/lib/map/basemap.ts) both read it. The page colours are chosen for WCAG AA contrast on both
 * `paper` (light) and `ink` (dark) grounds.
 */
export const colours = {
  paper: "#fbfaf7",
  // A warm near-black, the temperature of the stone greys that dark cards and rules use.
  ink: "#171513",
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
  // The base map's paints, always translucent, so that one file reads on paper and on ink: its water; its
  // land, a veil of white that is always lighter than the water (the paper itself on a light page, a
  // lifted grey on a dark one); its borders and frames; the teal of the countries a page names, a veil
  // that stays near the ground's lightness; and the host's, a lighter teal laid almost opaque, so it sits
  // well apart from the named countries in both schemes (darker on paper, lighter on ink).
  map: {
    water: "#3d8fc6",
    land: "#fff",
    line: "#888",
    teal: "#0f8a80",
    host: "#3fa79e",
  },
};
