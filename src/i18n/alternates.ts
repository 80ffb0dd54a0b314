/**
 * Which addresses are one page in two editions, for the sitemap. @astrojs/sitemap's own `i18n` option
 * pairs pages whose paths match after the locale prefix; our Spanish parts have Spanish slugs
 * (/es/fronteras/ for /borders/), so the pairs are read instead from what each built page declares in
 * its `<link rel="alternate" hreflang>` tags: one source (the routes and the explainer) for both.
 */
import { readFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { LANG_TAG, LOCALES, type Locale } from "./locales";

export type AlternateSet = Record<Locale, string>;

/** The hreflang links of a page as the layout writes them: `<link rel="alternate" hreflang="es" href="…">`. */
const HREFLANG = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g;

/** A page's addresses in every edition, from its own hreflang links, or undefined if it has none (the 404 page). */
export function alternateSetOf(html: string): AlternateSet | undefined {
  const paths = new Map([...html.matchAll(HREFLANG)].map(([, lang, href]) => [lang, new URL(href!).pathname]));
  const en = paths.get(LANG_TAG.en);
  const es = paths.get(LANG_TAG.es);
  return en && es ? { en, es } : undefined;
}

/**
 * Fills `sets` (every page's addresses in every edition, keyed by each of those addresses) from the
 * built pages, once they are written; it must come before the sitemap, which reads `sets`.
 */
export function pageAlternates(sets: Map<string, AlternateSet>): AstroIntegration {
  return {
    name: "centsec:page-alternates",
    hooks: {
      "astro:build:done": async ({ dir, pages }) => {
        for (const { pathname } of pages) {
          // A page written as a file of its own (the 404 page, 404.html) declares no alternates.
          const html = await readFile(new URL(`${pathname}index.html`, dir), "utf8").catch(() => "");
          const set = alternateSetOf(html);
          if (set) for (const locale of LOCALES) sets.set(set[locale], set);
        }
      },
    },
  };
}

/** The sitemap's <xhtml:link> entries for one page: each edition, and x-default (English). */
export function sitemapLinks(url: string, sets: Map<string, AlternateSet>): { url: string; lang: string }[] | undefined {
  const { origin, pathname } = new URL(url);
  const set = sets.get(pathname);
  if (!set) return undefined;
  return [
    ...LOCALES.map((locale) => ({ lang: LANG_TAG[locale], url: `${origin}${set[locale]}` })),
    { lang: "x-default", url: `${origin}${set.en}` },
  ];
}
