/**
 * The site's two editions. English keeps the site's original URLs; Spanish lives under /es/ with
 * Spanish page names. Every URL of a page that is not a part is here; a part's URL is its id (English)
 * or the `slug` of its Spanish file.
 */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];

/** `<html lang>` and hreflang. Spanish is neutral Latin American Spanish, tagged plainly "es". */
export const LANG_TAG: Record<Locale, string> = { en: "en", es: "es" };

/** The Intl locale of dates: "9 April 2025" (British order, as house style), "9 de abril de 2025". */
export const DATE_LOCALE: Record<Locale, string> = { en: "en-GB", es: "es" };

/** og:locale: the Open Graph form (language_TERRITORY); es_LA is Latin American Spanish. */
export const OG_LOCALE: Record<Locale, string> = { en: "en_US", es: "es_LA" };

/** The other edition: the target of the language switch. */
export const otherLocale = (locale: Locale): Locale => (locale === "en" ? "es" : "en");

/** The edition a path belongs to: everything under /es/ is Spanish. */
export function localeOf(path: URL | string): Locale {
  const pathname = typeof path === "string" ? path : path.pathname;
  return pathname === "/es" || pathname.startsWith("/es/") ? "es" : "en";
}

/** Pages that are not parts, by edition. */
export const PAGE_PATHS = {
  home: { en: "/", es: "/es/" },
  summary: { en: "/summary/", es: "/es/resumen/" },
  about: { en: "/about/", es: "/es/acerca-de/" },
  glossary: { en: "/glossary/", es: "/es/glosario/" },
  rss: { en: "/rss.xml", es: "/es/rss.xml" },
} as const satisfies Record<string, Record<Locale, string>>;

export type PageName = keyof typeof PAGE_PATHS;

export const pagePath = (page: PageName, locale: Locale): string => PAGE_PATHS[page][locale];

/**
 * Names a part's slug may not take in an edition, since a page or a folder of the site has them: the
 * edition's other pages ("summary", "resumen"; "rss" for rss.xml), the preview images and the 404; in
 * English, also the sitemap and the other editions' folders ("es").
 */
export function reservedSlugs(locale: Locale): Set<string> {
  const pages = Object.values(PAGE_PATHS).flatMap((paths) => {
    const last = paths[locale].split("/").filter(Boolean).at(-1);
    return last && paths[locale] !== PAGE_PATHS.home[locale] ? [last.replace(/\.xml$/, "")] : [];
  });
  const defaultOnly = locale === "en" ? ["sitemap-index", ...LOCALES.filter((l) => l !== "en")] : [];
  return new Set([...pages, "og", "404", ...defaultOnly]);
}

/** Where a preview image is served: "/og/borders.png", "/es/og/borders.png". */
export const ogImagePath = (card: string, locale: Locale): string => `${locale === "en" ? "" : `/${locale}`}/og/${card}.png`;
