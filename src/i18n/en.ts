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
  /** The site's name where a phone's header has room for little more. */
  siteShortName: "CENTSEC 2025",
  overview: "Overview",
  numberWords: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
  decade: (decade: number) => `${decade}s`,
  // Metadata and preview cards (src/lib/meta.ts)
  metaPartImageAlt: (title: string, number: number, total: number, site: string) =>
    `${title}: part ${number} of ${total} of ${site}`,
  metaSummaryTitle: "One-page summary",
  metaSummaryDescription: (takeaway: string) => `A printable briefing: ${takeaway}`,
  metaSummaryImageAlt: (site: string) => `${site}: the one-page summary`,
  metaAboutDescription:
    "Where every fact in this explainer comes from, what the source report does not establish, how the site was made, its corrections log, and how to report an error.",
  metaGlossaryDescription: (count: number) =>
    `The ${count} names and terms a reader meets in this explainer, as far as the source report explains them.`,
  metaNotFoundTitle: "Page not found",
  metaNotFoundDescription: (site: string) => `This address is not part of ${site}.`,
  ogKicker: "Explainer",
  ogPartKicker: (number: number, total: number) => `Part ${number} of ${total}`,
  ogSummaryKicker: "One-page briefing",
  ogSummaryText: (parts: number, figures: number) =>
    `${parts} parts, ${figures} key figures and the timeline, on one printable page.`,

  // BaseLayout
  skipToStory: "Skip to the story",

  // SiteHeader and SiteFooter
  headerNavLabel: "Sections",
  /** The disclosure that opens the list of parts in a narrow header. */
  partsMenu: "Parts",
  footerNavLabel: "All sections",
  allParts: (count: number) => `All ${count} parts`,
  summaryLink: "Summary",
  summaryLinkLabel: "Summary: the whole explainer on one printable page",

  // AboutBlock
  aboutBlockHeading: "About this explainer",
  aboutBlockText:
    "Every fact here comes from one news report on the conference, checked claim by claim and rewritten in our own words.",
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
  shareSection: "Share this section",

  // PartNavigation
  partNavLabel: "Previous and next sections",
  previousPart: "Previous",
  nextPart: "Next",
  backTo: "Back to",
  theOverview: "The overview",

  // TableOfContents
  tocHeading: "In this section",

  // content/AnchoredHeading
  headingLinkLabel: (heading: string) => `Link to the part “${heading}”`,

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
  figurePartLabel: (part: string, value: string) => `Part: ${part}, where ${value} comes from`,
  copyLink: "Copy link",
  copyFigureLink: (value: string) => `Copy link to the figure ${value}`,

  // Timeline
  timelineHeading: "Timeline",
  timelineInSection: "In the timeline",
  timelinePivot: "The conference",
  eventPermalinkLabel: (when: string, text: string) => `${when}, link to this event: ${text}`,
  readPassage: "Read the passage",
  readPassageLabel: (when: string) => `Read the passage on ${when}`,
  eventPartLabel: (part: string, when: string) => `Part: ${part}, the passage on ${when}`,

  // OpenQuestions
  questionsHeading: "What the report does not tell us",

  // CorrectionsList
  correctionsHeading: "Corrections and updates",
  correctionKindCorrection: "Correction",
  correctionKindClarification: "Clarification",
  correctionKindUpdate: "Update",
  correctionWholeSite: "Whole site",

  // LocatorMap
  mapTitle: "Where the story happens",
  mapDescription: (host: string | undefined) =>
    `Map from Mexico to Chile${host ? `; ${host}, the host, shaded` : ""}. Each place links to the passage that names it, as does the list below.`,
  mapPlaceName: (place: string, part: string) => `${place}: see ${part}`,
  mapBeyondHeading: "Beyond the map",
  mapPlacesList: "Places in the story:",
  mapCredit: "Map data: Natural Earth (public domain), naturalearthdata.com",

  // PrintButton
  printSummary: "Print this summary",

  // Home page
  homeKicker: "Explainer",
  shareExplainer: "Share this explainer",
  atAGlance: "At a glance",
  startReading: "Start reading",

  // Printable summary
  summaryKicker: "One-page briefing",
  summaryTitle: (title: string) => `${title}: the summary`,
  qrLabel: (site: string, url: string) => `QR code: opens ${site} at ${url}`,
  scanForFull: "Scan for the full explainer:",

  // Glossary page
  glossaryTitle: "Who and what: a glossary",
  glossaryIntro:
    "The names and terms in this explainer, as far as the report explains them. Where it does not, we say so rather than fill the gap from elsewhere.",
  glossaryUnexplained: "The report does not explain",
  glossaryWhere: (part: string) => `Where it comes up: ${part}`,

  // About page
  aboutTitle: "About this explainer",
  aboutIntro:
    "Where the facts on this site come from, what that source leaves open, how we worked, and how to tell us about a mistake.",
  aboutSourceHeading: "The source",
  aboutSourceText: (name: string, shortName: string, place: string, day: string | undefined) =>
    `Everything on this site comes from a single news report on the ${name} (${shortName}), held in ${place}${day ? ` on ${day}` : ""}. The copy we worked from names no author, publisher or date of its own; it describes the conference after the event. Nothing here comes from any other source, so where the report is silent, so are we.`,
  aboutOpenHeading: "What the report does not establish",
  aboutOpenText:
    "The report does not name the research behind the 90% fall in Darién Gap crossings, the attendees other than Pete Hegseth, or which governments, if any, signed up to what was agreed. These are the questions it leaves open, part by part:",
  aboutMethodHeading: "How this explainer was made",
  aboutMethodFacts: "Every fact, number, date and name comes from the report, rewritten in our own words.",
  aboutMethodChecked:
    "Each claim was checked against the report side by side: it keeps the report’s attribution (“research shows”, “the report says”) and its time frame (“since 2023”); a date the report leaves relative is anchored to the conference.",
  aboutMethodAutomated:
    "An automated check refuses any number that is not in the report and any run of eight words copied from it. Where we explain a name, the",
  aboutMethodGlossaryLink: "glossary",
  aboutMethodGlossaryRest: "says plainly what the report does not explain.",
  aboutMethodMap:
    "The locator map is the one thing not taken from the report: its country outlines and the positions of its places are reference geography from Natural Earth (public domain, naturalearthdata.com) at 1:110 million, through the world-atlas package by Mike Bostock (ISC licence). It is drawn when the site is built; no map service is called.",
  aboutMethodNoScript: "The site loads nothing from other servers and works without JavaScript.",
  aboutMethodEditions:
    "The explainer is published in English and in Spanish, from the same report, with the same facts and one log; every page links to its counterpart.",
  aboutDatesHeading: "Dates",
  aboutFirstPublished: "First published on",
  aboutLastChanged: "; last changed in substance on",
  aboutDatesNote: ". Each part shows its own dates under its headline; a date changes only with an entry in the log below.",
  aboutErrorHeading: "Report an error",
  aboutErrorAsk:
    "If something here is wrong, or says more or less than the report, tell us which page and sentence, and what the report says.",
  aboutErrorReportOn: "Report it on",
  aboutErrorTracker: "the explainer’s issue tracker",
  aboutErrorNoTracker: "Report it through the issue tracker of the repository this site is published from.",
  aboutErrorPromise: "We correct mistakes on the page and record each change in the log below.",

  // 404
  notFoundKicker: "Error 404",
  notFoundHeading: "We could not find that page",
  notFoundText:
    "The link may be old or mistyped. The explainer has one page per part of the story; pick one below or start from the",
  notFoundLink: "overview",
};

export type Dictionary = { readonly [K in keyof typeof en]: (typeof en)[K] };
