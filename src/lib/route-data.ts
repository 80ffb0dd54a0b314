/**
 * What each page of a template shows, from its edition of the explainer: the pure half of the routes
 * (src/lib/routes.ts loads the editions and hands them here). A template is one row of TEMPLATES and one
 * view in src/views/ that takes `ViewProps<template>`; the view tests build these props from plain data.
 */
import { pagePath, ui, type Locale } from "../i18n";
import type { AlternateSet, HtmlPage, PageRef } from "./alternates";
import type { Explainer, SectionLink } from "./explainer";
import { foreignNamesOf } from "./foreign-names";
import type { contentOf } from "./load";
import { aboutMeta, glossaryMeta, homeMeta, sectionMeta, summaryMeta, type PageMeta } from "./meta";
import type { PartName } from "./collections";
import { absoluteUrl } from "./permalinks";
import { qrSvg } from "./qr";
import type { AboutValues, RouteContext } from "./route-context";
import { correctionsUrl } from "./site";
import { formatWhen } from "./dates";
import { mapDescription } from "./texts";
import { frameOf as mapFrameOf, REGION_FRAME } from "./map/frame";

/** A part's rendered body (its MDX `Content`), as astro:content renders it. */
export type Body = Awaited<ReturnType<typeof contentOf>>;

/** What a template may load beyond the explainer: a part's rendered body. The tests pass a stand-in. */
export interface Loaders {
  body: (kind: PartName, id: string, locale: Locale) => Promise<Body>;
}

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

/** The map's description on a page: in its own words where the page has a frame of its own. */
const mapText = (explainer: Explainer, page = "introduction") => {
  const frame = mapFrameOf(page);
  return mapDescription(explainer.texts, explainer.places, explainer.locale, frame === REGION_FRAME ? undefined : frame.id);
};

/** What the About page's body fills in (src/components/content/): the site's dates, open questions and tracker. */
function aboutValues(explainer: Explainer, tracker = correctionsUrl()): AboutValues {
  const { introduction, sections, published, modified, locale } = explainer;
  const shown = (date: string) => ({ datetime: date, label: formatWhen({ date }, locale) });
  const parts = [
    { id: "overview", title: ui(locale).overview, questions: introduction.questions },
    ...sections.map((s) => ({ id: s.id, title: s.title, questions: s.questions })),
  ];
  return {
    dates: { published: shown(published), modified: shown(modified ?? published) },
    questions: parts.filter((p) => p.questions.length > 0),
    tracker,
  };
}

/** What each template shows, from its edition of the explainer: its metadata and its data (a view's `data` prop). */
const TEMPLATES = {
  home: async (explainer: Explainer, site: URL, _id: string, load: Loaders) => {
    const { introduction, sections, figures, events, pivot, places, locale } = explainer;
    const Content = await load.body("introduction", introduction.id, locale);
    const data = { introduction, sections, figures, events, pivot, places, mapDescription: mapText(explainer), Content };
    return { meta: homeMeta(explainer, site), data };
  },
  part: async (explainer: Explainer, site: URL, id: string, load: Loaders) => {
    const section = sectionOf(explainer, id);
    const data = {
      section,
      places: explainer.places,
      mapDescription: mapText(explainer, section.id),
      sourceLine: explainer.introduction.data.source.line,
      Content: await load.body("sections", section.id, explainer.locale),
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
  about: async (explainer: Explainer, site: URL, _id: string, load: Loaders) => {
    const { introduction, about, corrections, published, modified, locale } = explainer;
    const Content = await load.body("about", about.id, locale);
    const data = { introduction, about: about.data, corrections, published, modified, Content };
    return { meta: aboutMeta(explainer, site), data, context: { about: aboutValues(explainer) } };
  },
  glossary: async (explainer: Explainer, site: URL) => {
    const { glossary, introduction } = explainer;
    return { meta: glossaryMeta(explainer, site), data: { glossary, sourceLine: introduction.data.source.siteLine } };
  },
} satisfies Record<
  Template,
  (
    explainer: Explainer,
    site: URL,
    id: string,
    load: Loaders,
  ) => Promise<{ meta: PageMeta; data: unknown; context?: Partial<RouteContext> }>
>;

/** Each template's `data` prop. */
export type TemplateData = { [T in Template]: Awaited<ReturnType<(typeof TEMPLATES)[T]>>["data"] };

/** A page's props: its template, that template's data, and its frame. */
export type RouteProps = { [T in Template]: { template: T; data: TemplateData[T]; frame: PageFrame } }[Template];

/** A view's props: its template's data and the page's frame. */
export interface ViewProps<T extends Template> {
  data: TemplateData[T];
  frame: PageFrame;
}

/** A page's frame in its edition; `alternates` is undefined only for the 404 page. */
export function frameOf(explainer: Explainer, meta: PageMeta, alternates: AlternateSet | undefined): PageFrame {
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

/** The props of one page: its template's data and its frame. */
export async function pageProps(
  ref: PageRef,
  explainer: Explainer,
  paths: AlternateSet,
  site: URL,
  load: Loaders,
): Promise<RouteProps> {
  const template: Template = "page" in ref ? ref.page : "part";
  const page: { meta: PageMeta; data: unknown; context?: Partial<RouteContext> } = await TEMPLATES[template](
    explainer,
    site,
    "part" in ref ? ref.part : template,
    load,
  );
  const frame = frameOf(explainer, page.meta, paths);
  // A template's own context (the About page's values) joins what every page's components read.
  return { template, data: page.data, frame: { ...frame, context: { ...frame.context, ...page.context } } } as RouteProps;
}
