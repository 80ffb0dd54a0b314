/**
 * The one place that loads data for the pages. Every HTML page of every edition (src/lib/alternates.ts)
 * gets, as props, everything it shows: its template's slice of the explainer (`data`) and its frame (the
 * metadata, its alternates, the navigation's parts, the footer's words). A new template is one view in
 * src/views/ and one row of TEMPLATES here (plus its name in the route's table of views).
 */
import { LOCALES, pagePath, ui, type Locale } from "../i18n";
import { byLocale, sitePages, type AlternateSet, type HtmlPage, type PageRef } from "./alternates";
import type { Explainer, SectionLink } from "./explainer";
import { foreignNamesOf } from "./foreign-names";
import { contentOf, loadEditions } from "./load";
import { aboutMeta, glossaryMeta, homeMeta, notFoundMeta, sectionMeta, summaryMeta, type PageMeta } from "./meta";
import { absoluteUrl } from "./permalinks";
import { qrSvg } from "./qr";
import type { RouteContext } from "./route-context";
import { mapDescription } from "./texts";

/** What every page shows around its own content: the layout's, header's and footer's data. */
export interface PageFrame {
  locale: Locale;
  meta: PageMeta;
  /** This page in every edition, for hreflang and the language switch; none on the 404, which answers every address. */
  alternates: AlternateSet | undefined;
  /** The parts, for the header's and the footer's navigation. */
  sections: SectionLink[];
  /** The footer's tagline: the conference and its place, as the introduction's data gives them. */
  conference: { name: string; place: string };
  /** What the page's components read from `Astro.locals.route` (src/lib/route-context.ts). */
  context: RouteContext;
}

/** The template of each page: a named page's own, or "part" for every part. */
export type Template = HtmlPage | "part";

const sectionOf = (explainer: Explainer, id: string) => {
  const section = explainer.sections.find((s) => s.id === id);
  if (!section) throw new Error(`the ${explainer.locale} edition has no part "${id}"`);
  return section;
};

const mapText = (explainer: Explainer) => mapDescription(explainer.texts, explainer.places, explainer.locale);

/** What each template shows, from its edition of the explainer: its metadata and its data (a view's `data` prop). */
const TEMPLATES = {
  home: async (explainer: Explainer, site: URL) => {
    const { introduction, sections, figures, events, pivot, places, locale } = explainer;
    const Content = await contentOf("introduction", introduction.id, locale);
    const data = { introduction, sections, figures, events, pivot, places, mapDescription: mapText(explainer), Content };
    return { meta: homeMeta(explainer, site), data };
  },
  part: async (explainer: Explainer, site: URL, id: string) => {
    const section = sectionOf(explainer, id);
    const data = {
      section,
      places: explainer.places,
      mapDescription: mapText(explainer),
      sourceLine: explainer.introduction.data.source.line,
      Content: await contentOf("sections", section.id, explainer.locale),
    };
    return { meta: sectionMeta(section, explainer, site), data };
  },
  summary: async (explainer: Explainer, site: URL) => {
    const { introduction, sections, figures, events, places, published, modified, locale } = explainer;
    const t = ui(locale);
    const home = absoluteUrl(pagePath("home", locale), site);
    const qr = await qrSvg(home, t.qrLabel(t.siteName, home));
    const data = { introduction, sections, figures, events, places, published, modified, mapDescription: mapText(explainer), qr };
    return { meta: summaryMeta(explainer, site), data };
  },
  about: async (explainer: Explainer, site: URL) => {
    const { introduction, sections, corrections, texts, published, modified } = explainer;
    return { meta: aboutMeta(explainer, site), data: { introduction, sections, corrections, texts, published, modified } };
  },
  glossary: async (explainer: Explainer, site: URL) => {
    const { glossary, introduction } = explainer;
    return { meta: glossaryMeta(explainer, site), data: { glossary, sourceLine: introduction.data.source.line } };
  },
} satisfies Record<Template, (explainer: Explainer, site: URL, id: string) => Promise<{ meta: PageMeta; data: unknown }>>;

/** Each template's `data` prop. */
export type TemplateData = { [T in Template]: Awaited<ReturnType<(typeof TEMPLATES)[T]>>["data"] };

/** A page's props: its template, that template's data, and its frame. */
export type RouteProps = { [T in Template]: { template: T; data: TemplateData[T]; frame: PageFrame } }[Template];

/** A view's props: its template's data and the page's frame. */
export interface ViewProps<T extends Template> {
  data: TemplateData[T];
  frame: PageFrame;
}

/** The `[...page]` parameter of an address: "/es/fronteras/" is "es/fronteras", "/" is undefined. */
export const pageParam = (path: string): string | undefined => path.replace(/^\/|\/$/g, "") || undefined;

function frameOf(explainer: Explainer, meta: PageMeta, alternates: AlternateSet | undefined): PageFrame {
  const { locale } = explainer;
  return {
    locale,
    meta,
    alternates,
    sections: explainer.sections,
    conference: explainer.introduction.data.conference,
    context: { locale, path: meta.path, foreignNames: foreignNamesOf(explainer.glossary, locale) },
  };
}

async function pageRoute(ref: PageRef, explainer: Explainer, paths: AlternateSet, site: URL): Promise<RouteProps> {
  const template: Template = "page" in ref ? ref.page : "part";
  const { meta, data } = await TEMPLATES[template](explainer, site, "part" in ref ? ref.part : template);
  return { template, data, frame: frameOf(explainer, meta, paths) } as RouteProps;
}

/** Every page of every edition, with its address's parameter and its props: the route's getStaticPaths. */
export async function siteRoutes(site: URL): Promise<{ params: { page: string | undefined }; props: RouteProps }[]> {
  const editions = await loadEditions();
  const pages = sitePages(byLocale((locale) => editions[locale].sections));
  const routes = LOCALES.flatMap((locale) =>
    pages.map(async ({ ref, paths }) => ({
      params: { page: pageParam(paths[locale]) },
      props: await pageRoute(ref, editions[locale], paths, site),
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
