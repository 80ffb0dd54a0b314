/**
 * The one place that loads data for the pages. Every HTML page of every edition (src/lib/alternates.ts)
 * gets, as props, everything it shows: its template's slice of the explainer (`data`) and its frame (the
 * metadata, its alternates, the navigation's parts, the footer's words), made by src/lib/route-data.ts.
 * A new template is one view in src/views/ and one row of TEMPLATES there (plus its name in the route's
 * table of views).
 */
import { LOCALES, type Locale } from "../i18n";
import { byLocale, sitePages, type AlternateSet } from "./alternates";
import type { SectionLink } from "./explainer";
import { contentOf, loadEditions } from "./load";
import { notFoundMeta } from "./meta";
import { frameOf, pageProps, type Loaders, type PageFrame, type RouteProps } from "./route-data";

export type { PageFrame, RouteProps, Template, TemplateData, ViewProps } from "./route-data";

const loaders: Loaders = { body: contentOf };

/** The `[...page]` parameter of an address: "/es/fronteras/" is "es/fronteras", "/" is undefined. */
const pageParam = (path: string): string | undefined => path.replace(/^\/|\/$/g, "") || undefined;

/** Every page of every edition, with its address's parameter and its props: the route's getStaticPaths. */
export async function siteRoutes(site: URL): Promise<{ params: { page: string | undefined }; props: RouteProps }[]> {
  const editions = await loadEditions();
  const pages = sitePages(byLocale((locale) => editions[locale].sections));
  const routes = LOCALES.flatMap((locale) =>
    pages.map(async ({ ref, paths }) => ({
      params: { page: pageParam(paths[locale]) },
      props: await pageProps(ref, editions[locale], paths, site, loaders),
    })),
  );
  return Promise.all(routes);
}

/** Every page's address in every edition, for the sitemap. */
export async function sitePageAddresses(): Promise<AlternateSet[]> {
  const editions = await loadEditions();
  return sitePages(byLocale((locale) => editions[locale].sections)).map((page) => page.paths);
}

/** The 404 page: one page for every address, so it lists the parts of every edition. */
export async function notFoundRoute(): Promise<{ data: { sections: Record<Locale, SectionLink[]> }; frame: PageFrame }> {
  const editions = await loadEditions();
  const [first] = LOCALES;
  return {
    data: { sections: byLocale((locale) => editions[locale].sections) },
    frame: frameOf(editions[first], notFoundMeta(), undefined),
  };
}
