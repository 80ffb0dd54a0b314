/**
 * Which addresses are one page in two editions, read straight from content/ for the sitemap (which is
 * configured before any content is loaded). @astrojs/sitemap's own `i18n` option pairs pages whose
 * paths match after the locale prefix; our Spanish parts have Spanish slugs (/es/fronteras/ for
 * /borders/), so the pairs are listed here instead, from the same files the build reads.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { LANG_TAG, LOCALES, PAGE_PATHS, type Locale } from "./locales";

export type AlternateSet = Record<Locale, string>;

/** Every page's addresses in every edition, keyed by each of those addresses. */
export function alternateSets(contentDir: string): Map<string, AlternateSet> {
  const sets: AlternateSet[] = Object.values(PAGE_PATHS).filter((paths) => paths.en.endsWith("/"));
  const dir = join(contentDir, "es", "sections");
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".mdx"));
  } catch {
    // No Spanish parts: the build itself reports each one missing, by file.
  }
  for (const file of files) {
    const text = readFileSync(join(dir, file), "utf8");
    const slug = (parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as { slug?: unknown } | null)?.slug;
    if (typeof slug === "string") sets.push({ en: `/${file.replace(/\.mdx$/, "")}/`, es: `/es/${slug}/` });
  }
  const byPath = new Map<string, AlternateSet>();
  for (const set of sets) for (const locale of LOCALES) byPath.set(set[locale], set);
  return byPath;
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
