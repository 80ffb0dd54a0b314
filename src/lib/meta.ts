/**
 * What each page tells machines: titles, descriptions, canonical URLs, Open Graph and Twitter tags,
 * JSON-LD, and the preview card drawn for it. Pure: pages pass in the explainer and the site URL.
 */
import { ui } from "../i18n";
import { LANG_TAG, ogImagePath, pagePath, type Locale } from "../i18n/locales";
import type { Explainer, Section } from "./explainer";
import type { OgCard } from "./og-image";
import { absoluteUrl } from "./permalinks";

export interface PageMeta {
  locale: Locale;
  /** The page's own title; the document title adds the site name. */
  title: string;
  description: string;
  path: string;
  type: "website" | "article";
  image: { path: string; alt: string; width: number; height: number };
  published: string | undefined;
  modified: string | undefined;
  jsonLd: Record<string, unknown>[];
  /** Keep the page out of search indexes (the 404 page). */
  noindex?: boolean;
}

const image = (id: string, alt: string, locale: Locale) => ({ path: ogImagePath(id, locale), alt, width: 1200, height: 630 });

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are written as \u escapes,
 * so that no text from the content (a title with "</script>" in it) can end the block and start markup
 * of its own; JSON readers see the same strings.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The document title: "Borders under pressure | CENTSEC 2025 explained", or the site name alone. */
export function documentTitle(title: string, locale: Locale = "en"): string {
  const { siteName } = ui(locale);
  return title === siteName ? title : `${title} | ${siteName}`;
}

function publisher(site: URL, locale: Locale) {
  return { "@type": "Organization", name: ui(locale).siteName, url: absoluteUrl(pagePath("home", locale), site) };
}

/** The conference as a schema.org Event, from the introduction's data and the pivot event's date. */
export function conferenceLd(explainer: Explainer): Record<string, unknown> | undefined {
  const { pivot } = explainer;
  if (!pivot?.datetime) return undefined;
  const { conference } = explainer.introduction.data;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: `${conference.name} (${conference.shortName})`,
    startDate: pivot.datetime,
    eventStatus: "https://schema.org/EventScheduled",
    location: { "@type": "Place", name: conference.place, address: conference.place },
    inLanguage: LANG_TAG[explainer.locale],
  };
}

/**
 * What every page is based on, as schema.org isBasedOn: the source's name and description from the
 * introduction's `source`, nothing more (it has no address we could cite, and none is invented).
 */
export function sourceLd(explainer: Explainer): { name: string; description: string } {
  const { name, description } = explainer.introduction.data.source;
  return { name, description };
}

/** JSON-LD for a page that is not an article (summary, About, glossary): the page and its source. */
function webPageLd(meta: Omit<PageMeta, "jsonLd">, explainer: Explainer, site: URL): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    inLanguage: LANG_TAG[meta.locale],
    name: meta.title,
    description: meta.description,
    url: absoluteUrl(meta.path, site),
    datePublished: meta.published,
    dateModified: meta.modified,
    isBasedOn: sourceLd(explainer),
  };
}

/** JSON-LD for an article page: the article, and the conference it is about. */
function articleAndEventLd(meta: Omit<PageMeta, "jsonLd">, explainer: Explainer, site: URL): Record<string, unknown>[] {
  const event = conferenceLd(explainer);
  return [articleLd(meta, explainer, site), ...(event ? [event] : [])];
}

function articleLd(meta: Omit<PageMeta, "jsonLd">, explainer: Explainer, site: URL): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    inLanguage: LANG_TAG[meta.locale],
    headline: meta.title,
    description: meta.description,
    url: absoluteUrl(meta.path, site),
    mainEntityOfPage: absoluteUrl(meta.path, site),
    image: [absoluteUrl(meta.image.path, site)],
    datePublished: meta.published,
    dateModified: meta.modified,
    author: publisher(site, meta.locale),
    publisher: publisher(site, meta.locale),
    isBasedOn: sourceLd(explainer),
  };
}

export function homeMeta(explainer: Explainer, site: URL): PageMeta {
  const { data } = explainer.introduction;
  const { locale } = explainer;
  const { siteName } = ui(locale);
  const base = {
    locale,
    title: siteName,
    description: data.takeaway,
    path: explainer.introduction.path,
    type: "website" as const,
    image: image("home", `${siteName}: ${data.title}`, locale),
    published: explainer.introduction.published,
    // Follows the log, not the frontmatter: a copy edit does not make a page "updated".
    modified: explainer.introduction.modified ?? explainer.introduction.published,
  };
  return { ...base, jsonLd: articleAndEventLd({ ...base, title: data.title }, explainer, site) };
}

export function sectionMeta(section: Section, explainer: Explainer, site: URL): PageMeta {
  const { locale } = explainer;
  const t = ui(locale);
  const base = {
    locale,
    title: section.data.title,
    description: section.data.takeaway,
    path: section.path,
    type: "article" as const,
    image: image(
      section.id,
      t.metaPartImageAlt(section.data.title, section.number, explainer.sections.length, t.siteName),
      locale,
    ),
    published: section.published,
    modified: section.modified ?? section.published,
  };
  return { ...base, jsonLd: articleAndEventLd(base, explainer, site) };
}

/** A page of the whole site (not a part): its preview is the home page's card unless it has its own. */
function sitePageMeta(
  explainer: Explainer,
  site: URL,
  page: "summary" | "about" | "glossary",
  {
    title,
    description,
    image: card = image("home", ui(explainer.locale).siteName, explainer.locale),
  }: Pick<PageMeta, "title" | "description"> & { image?: PageMeta["image"] },
): PageMeta {
  const { locale } = explainer;
  const base = {
    locale,
    title,
    description,
    path: pagePath(page, locale),
    type: "website" as const,
    image: card,
    published: explainer.published,
    modified: explainer.modified ?? explainer.published,
  };
  return { ...base, jsonLd: [webPageLd(base, explainer, site)] };
}

export function summaryMeta(explainer: Explainer, site: URL): PageMeta {
  const t = ui(explainer.locale);
  return sitePageMeta(explainer, site, "summary", {
    title: t.metaSummaryTitle,
    description: t.metaSummaryDescription(explainer.introduction.data.takeaway),
    image: image("summary", t.metaSummaryImageAlt(t.siteName), explainer.locale),
  });
}

export function aboutMeta(explainer: Explainer, site: URL): PageMeta {
  const t = ui(explainer.locale);
  return sitePageMeta(explainer, site, "about", { title: t.aboutTitle, description: t.metaAboutDescription });
}

export function glossaryMeta(explainer: Explainer, site: URL): PageMeta {
  const t = ui(explainer.locale);
  return sitePageMeta(explainer, site, "glossary", {
    title: t.glossaryTitle,
    description: t.metaGlossaryDescription(explainer.glossary.length),
  });
}

/** The preview card of every page that has one. */
export function ogCards(explainer: Explainer): OgCard[] {
  const { introduction, sections, pivot } = explainer;
  const t = ui(explainer.locale);
  const first = (figures: { value: string; label: string }[]) =>
    figures[0] ? { value: figures[0].value, label: figures[0].label } : undefined;
  return [
    {
      id: "home",
      kicker: `${t.ogKicker}${pivot ? ` · ${pivot.label}` : ""}`,
      title: introduction.data.title,
      figure: first(introduction.figures),
      fallbackText: introduction.data.standfirst,
      siteName: t.siteName,
    },
    ...sections.map((s) => ({
      id: s.id,
      kicker: t.ogPartKicker(s.number, sections.length),
      title: s.data.title,
      figure: first(s.figures),
      fallbackText: s.data.standfirst,
      siteName: t.siteName,
    })),
    {
      id: "summary",
      kicker: t.ogSummaryKicker,
      title: introduction.data.title,
      figure: undefined,
      fallbackText: t.ogSummaryText(sections.length, explainer.figures.length),
      siteName: t.siteName,
    },
  ];
}

export function notFoundMeta(): PageMeta {
  const t = ui("en");
  return {
    locale: "en",
    // One page answers every address in both editions, so its title speaks both languages, as its body does.
    title: `${t.metaNotFoundTitle} · ${ui("es").metaNotFoundTitle}`,
    description: t.metaNotFoundDescription(t.siteName),
    path: "/404.html",
    type: "website",
    image: image("home", t.siteName, "en"),
    published: undefined,
    modified: undefined,
    jsonLd: [],
    noindex: true,
  };
}
