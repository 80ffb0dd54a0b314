/**
 * Every word of the interface in English, by key. The Spanish dictionary (es.ts) must have exactly the
 * same keys: a missing or extra key is a type error (`npm run check`) and stops the build
 * (checkDictionary in ./index.ts). Content (headlines, text, figures) lives in content/, not here.
 * A string that takes values is a function, so each edition can order the words its own way.
 */
const numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** Numbers from one to ten in words in running text (house style), digits above. */
const inWords = (n: number) => numberWords[n] ?? String(n);
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const en = {
  lang: "English",
  siteName: "CENTSEC 2025 explained",
  /** The site's name where a phone's header has room for little more. */
  siteShortName: "CENTSEC 2025",
  overview: "Overview",
  numberWords,
  decade: (decade: number) => `${decade}s`,
  // Metadata and preview cards (src/lib/meta.ts)
  metaPartImageAlt: (title: string, number: number, total: number, site: string) =>
    `${title}: part ${number} of ${total} of ${site}`,
  metaSummaryTitle: "One-page summary",
  metaSummaryDescription: (takeaway: string) => `A printable briefing. ${takeaway}`,
  metaSummaryImageAlt: (site: string) => `${site}: the one-page summary`,
  metaAboutDescription:
    "Where every fact in this explainer comes from, what the source report does not establish, how the site was made, its corrections log and how to report an error.",
  metaGlossaryDescription: (count: number) =>
    `The ${inWords(count)} names and terms a reader meets in this explainer, as far as the source report explains them.`,
  metaNotFoundTitle: "Page not found",
  metaNotFoundDescription: (site: string) => `This address is not part of ${site}.`,
  ogKicker: "Explainer",
  ogPartKicker: (number: number, total: number) => `Part ${number} of ${total}`,
  ogSummaryKicker: "One-page briefing",
  ogSummaryText: (parts: number, figures: number) =>
    `${capitalized(inWords(parts))} parts, ${inWords(figures)} key figures and the timeline, on one printable page.`,

  // BaseLayout
  skipToStory: "Skip to the story",

  // SiteHeader and SiteFooter
  headerNavLabel: "Parts",
  /** The disclosure that opens the list of parts in a narrow header. */
  partsMenu: "Parts",
  footerNavLabel: "All parts",
  allParts: (count: number) => `All ${inWords(count)} parts`,
  summaryLink: "Summary",
  summaryLinkLabel: "Summary: the whole explainer on one printable page",

  // AboutBlock
  aboutBlockHeading: "About this explainer",
  aboutBlockText: "Checked claim by claim against the source and rewritten in our own words.",
  aboutBlockSourceLink: "Source, corrections and how to report an error",
  aboutBlockGlossaryLink: "Glossary",

  // SectionCards (and the printable summary); partLink also in KeyFigure and Timeline
  storyInParts: (count: string) => `The story in ${count} parts`,
  partNumber: (number: number) => `Part ${number}`,
  partLink: (part: string) => `Part: ${part}`,

  // SectionLayout
  partOf: (number: number, total: number) => `Part ${number} of ${total}`,
  sidebarFiguresAndContents: "Key figures and contents",
  sidebarContents: "Contents",
  shareSection: "Share this part",

  // PartNavigation
  partNavLabel: "Previous and next parts",
  previousPart: "Previous",
  nextPart: "Next",
  backTo: "Back to",
  theOverview: "The overview",

  // TableOfContents
  tocHeading: "In this part",

  // content/AnchoredHeading
  headingLinkLabel: (heading: string) => `Link to the subheading “${heading}”`,

  // Dateline
  published: "Published",
  updated: "Updated",

  // ShareControl (the script's messages travel in data-* attributes)
  linkToThisPage: "Link to this page:",
  linkCopied: "Link copied",
  copyThisLink: "Copy this link:",

  // KeyFigures and KeyFigure
  keyFiguresHeading: "Key figures",
  figureSource: "Where this comes from",
  figureSourceLabel: (value: string) => `Where this comes from: ${value}`,
  figurePartLabel: (part: string, value: string) => `Part: ${part}, where ${lowerFirst(value)} comes from`,
  copyLink: "Copy link",
  copyFigureLink: (value: string) => `Copy link to the figure ${value}`,

  // Timeline
  timelineHeading: "Timeline",
  timelineInSection: "In the timeline",
  timelinePivot: "The conference",
  eventPermalinkLabel: (when: string, text: string) => `${when}, link to this event: ${text}`,
  /** The axis break between events decades apart; no number, since an era before it has no dates. */
  timelineBreak: "Decades later",
  /** The one-line key to the axis's marks: a bar for a decade, a dot for a year or a day, a ring for an era. */
  timelineKeyDecade: "Decade",
  timelineKeyYear: "Year or day",
  timelineKeyEra: "Undated",
  // "the 1950s", "the Cold War": a decade takes "the", and no label is capitalised mid-sentence.
  eventPartLabel: (part: string, when: string) =>
    `Part: ${part}, the passage on ${/^\d{4}s$/.test(when) ? "the " : ""}${lowerFirst(when)}`,

  // OpenQuestions
  questionsHeading: "What the report does not tell us",

  // CorrectionsList
  correctionsHeading: "Corrections and updates",
  correctionKindCorrection: "Correction",
  correctionKindClarification: "Clarification",
  correctionKindUpdate: "Update",
  correctionWholeSite: "Whole site",
  // Folded (more than two on a part): "4 entries, the latest on 6 December 2026".
  correctionsFolded: (count: number, latest: string) => `${count} entries, the latest on ${latest}`,

  // LocatorMap
  mapTitle: "Places in the story",
  mapTitlePart: "The places this part names",
  mapKeyHost: (host: string) => `${host}, the host`,
  mapKeyNamedReport: "Named in the report",
  mapKeyNamedPart: "Named in this part",
  mapKeyPlace: "Place",
  mapPlaceName: (place: string, part: string) => `${place}: see ${part}`,
  mapCredit: "Map data: Natural Earth (public domain), naturalearthdata.com",

  // PrintButton
  printSummary: "Print this summary",

  // Home page
  homeKicker: "Explainer",
  shareExplainer: "Share this explainer",
  atAGlance: "At a glance",
  startReading: "Start reading",

  // Printable summary
  summaryKicker: "One-page summary",
  summaryTitle: (title: string) => title,
  qrLabel: (site: string, url: string) => `QR code: opens ${site} at ${url}`,
  scanForFull: "Scan for the full explainer:",
  /** On screen, each part's link on the summary; on paper its short address stands instead. */
  readPart: (number: number) => `Read part ${number}`,

  // Glossary page
  glossaryTitle: "Who and what: a glossary",
  glossaryIntro:
    "The names and terms in this explainer, as far as the report explains them. Where it does not, we say so rather than fill the gap from elsewhere.",
  glossaryUnexplained: "The report does not explain",
  glossaryWhere: (part: string) => `Where it comes up: ${part}`,

  // About page (its prose is content: content/about.mdx)
  aboutTitle: "About this explainer",

  // 404
  notFoundKicker: (status: number) => `Error ${status}`,
  notFoundHeading: "We could not find that page",
  notFoundText:
    "The link may be old or mistyped. The explainer has one page per part of the story; pick one below or start from the",
  notFoundLink: "overview",

  // Offline reading (SaveOffline and the service worker, src/offline/sw.ts)
  saveOffline: "Save for offline reading",
  saveOfflineProgress: (done: string, total: string) => `Saving for offline reading: ${done} of ${total} files…`,
  saveOfflineDone: (size: string) => `Saved ${size}: this edition now reads without a connection.`,
  saveOfflineFailed: "Could not save every page. Try again when the connection is steadier.",
  savedCopyNote: (date: string) => `You are offline: this is the copy saved on ${date}. It may have changed since.`,
  offlineTitle: "You are offline",
  offlineText: "This page was not saved for offline reading, and there is no connection to fetch it.",
  offlineHomeLink: "Go to the overview",
};

export type Dictionary = { readonly [K in keyof typeof en]: (typeof en)[K] };
