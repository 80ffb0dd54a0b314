/**
 * Every HTML page of the site and its address in every edition: the one source of hreflang, the language
 * switch, the sitemap and the tests' page lists. Pure: it takes each edition's parts (id and address),
 * which the route reads from the explainer and the tests from content/.
 */
import { LANG_TAG, LOCALES, PAGE_PATHS, type Locale, type PageName } from "../i18n/locales";

/** The pages of src/i18n/locales.ts that are HTML (the feeds are endpoints of their own). */
export type HtmlPage = Exclude<PageName, "rss">;
export const HTML_PAGES = Object.keys(PAGE_PATHS).filter((name): name is HtmlPage => name !== "rss");

/** Which page this is, the same in every edition: a named page, or a part by its id. */
export type PageRef = { page: HtmlPage } | { part: string };

/** One page's address in every edition: { en: "/borders/", es: "/es/fronteras/" }. */
export type AlternateSet = Record<Locale, string>;

export interface SitePage {
  ref: PageRef;
  paths: AlternateSet;
}

/** A value for each edition, in the order of LOCALES. */
export const byLocale = <T>(value: (locale: Locale) => T): Record<Locale, T> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, value(locale)])) as Record<Locale, T>;

/**
 * Every HTML page: the named pages, then the parts in the first edition's order. A part that an edition
 * lacks stops the build (the translation join refuses it before this).
 */
export function sitePages(parts: Record<Locale, readonly { id: string; path: string }[]>): SitePage[] {
  const [first] = LOCALES;
  const partPaths = (id: string) =>
    byLocale((locale) => {
      const part = parts[locale].find((p) => p.id === id);
      if (!part) throw new Error(`the ${locale} edition has no part "${id}"`);
      return part.path;
    });
  return [
    ...HTML_PAGES.map((page) => ({ ref: { page }, paths: byLocale((locale) => PAGE_PATHS[page][locale]) })),
    ...parts[first].map(({ id }) => ({ ref: { part: id }, paths: partPaths(id) })),
  ];
}

/** The hreflang links of a page: each edition by its language tag, then x-default (English). */
export function hreflangLinks(paths: AlternateSet): { lang: string; path: string }[] {
  return [...LOCALES.map((locale) => ({ lang: LANG_TAG[locale], path: paths[locale] })), { lang: "x-default", path: paths.en }];
}
