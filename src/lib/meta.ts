/**
 * What each page tells machines: titles, descriptions, canonical URLs, Open Graph and Twitter tags,
 * JSON-LD, and the preview card drawn for it. Pure: pages pass in the explainer and the site URL.
 */
import type { Explainer, Section } from "./explainer";
import type { OgCard } from "./og-image";
import { absoluteUrl } from "./permalinks";
import { SITE_NAME } from "./site";

export interface PageMeta {
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

export const SUMMARY_PATH = "/summary/";

const ogPath = (id: string) => `/og/${id}.png`;
const image = (id: string, alt: string) => ({ path: ogPath(id), alt, width: 1200, height: 630 });

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are written as \u escapes,
 * so that no text from the content (a title with "</script>" in it) can end the block and start markup
 * of its own; JSON readers see the same strings.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The document title: "Borders under pressure | CENTSEC 2025 explained", or the site name alone. */
export function documentTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} | ${SITE_NAME}`;
}

function publisher(site: URL) {
  return { "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/", site) };
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
  };
}

/** JSON-LD for an article page: the article, and the conference it is about. */
function articleAndEventLd(meta: Omit<PageMeta, "jsonLd">, explainer: Explainer, site: URL): Record<string, unknown>[] {
  const event = conferenceLd(explainer);
  return [articleLd(meta, site), ...(event ? [event] : [])];
}

function articleLd(meta: Omit<PageMeta, "jsonLd">, site: URL): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: meta.title,
    description: meta.description,
    url: absoluteUrl(meta.path, site),
    mainEntityOfPage: absoluteUrl(meta.path, site),
    image: [absoluteUrl(meta.image.path, site)],
    datePublished: meta.published,
    dateModified: meta.modified,
    author: publisher(site),
    publisher: publisher(site),
  };
}

export function homeMeta(explainer: Explainer, site: URL): PageMeta {
  const { data } = explainer.introduction;
  const base = {
    title: SITE_NAME,
    description: data.takeaway,
    path: "/",
    type: "website" as const,
    image: image("home", `${SITE_NAME}: ${data.title}`),
    published: explainer.introduction.published,
    // Follows the log, not the frontmatter: a copy edit does not make a page "updated".
    modified: explainer.introduction.modified ?? explainer.introduction.published,
  };
  return { ...base, jsonLd: articleAndEventLd({ ...base, title: data.title }, explainer, site) };
}

export function sectionMeta(section: Section, explainer: Explainer, site: URL): PageMeta {
  const base = {
    title: section.data.title,
    description: section.data.takeaway,
    path: section.path,
    type: "article" as const,
    image: image(section.id, `${section.data.title}: part ${section.number} of ${explainer.sections.length} of ${SITE_NAME}`),
    published: section.published,
    modified: section.modified ?? section.published,
  };
  return { ...base, jsonLd: articleAndEventLd(base, explainer, site) };
}

export function summaryMeta(explainer: Explainer): PageMeta {
  return {
    title: "One-page summary",
    description: `A printable briefing: ${explainer.introduction.data.takeaway}`,
    path: SUMMARY_PATH,
    type: "website",
    image: image("summary", `${SITE_NAME}: the one-page summary`),
    published: explainer.published,
    modified: explainer.modified ?? explainer.published,
    jsonLd: [],
  };
}

export const ABOUT_TITLE = "About this explainer";
export const GLOSSARY_TITLE = "Who and what: a glossary";

export function aboutMeta(explainer: Explainer): PageMeta {
  return {
    title: ABOUT_TITLE,
    description:
      "Where every fact in this explainer comes from, what the source report does not establish, how the site was made, its corrections log, and how to report an error.",
    path: "/about/",
    type: "website",
    image: image("home", SITE_NAME),
    published: explainer.published,
    modified: explainer.modified ?? explainer.published,
    jsonLd: [],
  };
}

export function glossaryMeta(explainer: Explainer): PageMeta {
  return {
    title: GLOSSARY_TITLE,
    description: `The ${explainer.glossary.length} names and terms a reader meets in this explainer, as far as the source report explains them.`,
    path: "/glossary/",
    type: "website",
    image: image("home", SITE_NAME),
    published: explainer.published,
    modified: explainer.modified ?? explainer.published,
    jsonLd: [],
  };
}

/** The preview card of every page that has one. */
export function ogCards(explainer: Explainer): OgCard[] {
  const { introduction, sections, pivot } = explainer;
  const first = (figures: { value: string; label: string }[]) =>
    figures[0] ? { value: figures[0].value, label: figures[0].label } : undefined;
  return [
    {
      id: "home",
      kicker: `Explainer${pivot ? ` · ${pivot.label}` : ""}`,
      title: introduction.data.title,
      figure: first(introduction.figures),
      fallbackText: introduction.data.standfirst,
      siteName: SITE_NAME,
    },
    ...sections.map((s) => ({
      id: s.id,
      kicker: `Part ${s.number} of ${sections.length}`,
      title: s.data.title,
      figure: first(s.figures),
      fallbackText: s.data.standfirst,
      siteName: SITE_NAME,
    })),
    {
      id: "summary",
      kicker: "One-page briefing",
      title: introduction.data.title,
      figure: undefined,
      fallbackText: `${sections.length} parts, ${explainer.figures.length} key figures and the timeline, on one printable page.`,
      siteName: SITE_NAME,
    },
  ];
}

export function notFoundMeta(): PageMeta {
  return {
    title: "Page not found",
    description: `This address is not part of ${SITE_NAME}.`,
    path: "/404.html",
    type: "website",
    image: image("home", SITE_NAME),
    published: undefined,
    modified: undefined,
    jsonLd: [],
    noindex: true,
  };
}
