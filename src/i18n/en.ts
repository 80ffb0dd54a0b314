/**
 * Every word of the interface in English, by key. The Spanish dictionary (es.ts) must have exactly the
 * same keys: a missing or extra key is a type error (`npm run check`) and stops the build
 * (checkDictionary in ./index.ts). Content (headlines, text, figures) lives in content/, not here.
 * A string that takes values is a function, so each edition can order the words its own way.
 */
export const en = {
  lang: "English",
  siteName: "CENTSEC 2025 explained",
  siteTagline: "The Central American Security Conference, Panama",
  /** The language switch: the other edition's name, in its own language, and where it leads. */
  switchLabel: "Español",
  switchTitle: "Leer esta página en español",
  overview: "Overview",
  numberWords: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
  decade: (decade: number) => `${decade}s`,
  readingTime: (minutes: number) => `${minutes} min read`,
  // Metadata and preview cards (src/lib/meta.ts)
  metaPartImageAlt: (title: string, number: number, total: number, site: string) =>
    `${title}: part ${number} of ${total} of ${site}`,
  metaSummaryTitle: "One-page summary",
  metaSummaryDescription: (takeaway: string) => `A printable briefing: ${takeaway}`,
  metaSummaryImageAlt: (site: string) => `${site}: the one-page summary`,
  metaAboutTitle: "About this explainer",
  metaAboutDescription:
    "Where every fact in this explainer comes from, what the source report does not establish, how the site was made, its corrections log, and how to report an error.",
  metaGlossaryTitle: "Who and what: a glossary",
  metaGlossaryDescription: (count: number) =>
    `The ${count} names and terms a reader meets in this explainer, as far as the source report explains them.`,
  metaNotFoundTitle: "Page not found",
  metaNotFoundDescription: (site: string) => `This address is not part of ${site}.`,
  ogKicker: "Explainer",
  ogPartKicker: (number: number, total: number) => `Part ${number} of ${total}`,
  ogSummaryKicker: "One-page briefing",
  ogSummaryText: (parts: number, figures: number) =>
    `${parts} parts, ${figures} key figures and the timeline, on one printable page.`,
};

export type Dictionary = { readonly [K in keyof typeof en]: (typeof en)[K] };
