/**
 * Every page of both editions, for the one route that renders them (src/pages/[...page].astro): the
 * pages of src/i18n/locales.ts at their addresses in each edition, and each part at its address in each
 * edition (/borders/, /es/fronteras/). The sitemap's alternates are read from what these pages declare.
 */
import { LOCALES, PAGE_PATHS, type Locale, type PageName } from "../i18n/locales";
import { loadExplainer } from "./load";

/** The pages of src/i18n/locales.ts that are HTML (the feeds are endpoints of their own). */
export type HtmlPage = Exclude<PageName, "rss">;
const HTML_PAGES = Object.keys(PAGE_PATHS).filter((name): name is HtmlPage => name !== "rss");

/** What a page shows: one of those pages, or a part. */
export type PageView = { page: HtmlPage } | { part: string };

/** The `[...page]` parameter of an address: "/es/fronteras/" is "es/fronteras", "/" is undefined. */
export const pageParam = (path: string): string | undefined => path.replace(/^\/|\/$/g, "") || undefined;

/** Each page of an edition: its address's parameter, and what it shows. */
export async function editionRoutes(locale: Locale): Promise<{ params: { page: string | undefined }; props: PageView }[]> {
  const { sections } = await loadExplainer(locale);
  return [
    ...HTML_PAGES.map((page) => ({
      params: { page: pageParam(PAGE_PATHS[page][locale]) },
      props: { page },
    })),
    ...sections.map((section) => ({ params: { page: pageParam(section.path) }, props: { part: section.id } })),
  ];
}

/** Every page of every edition. */
export const siteRoutes = async () => (await Promise.all(LOCALES.map(editionRoutes))).flat();
