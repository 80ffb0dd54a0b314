/**
 * The per-page part of the print stylesheet: what CSS cannot know by itself. The site's address, for
 * writing out the targets of site-relative links; this page's URL and the edition's name, for the
 * running foot and head; and the sheet's margins, which must sit in this one @page rule (see below).
 * Everything else about paper is CSS: the print rules of src/styles/global.css, and the summary's
 * one-page layout in src/styles/summary-print.css.
 */
/** A CSS string literal. */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\a ")}"`;
}

/** The sheet's margins on every page but the summary: room for the running head and foot. */
export const PAGE_MARGIN = "16mm 15mm 18mm";

/** A page's own sheet. */
export interface PagePrint {
  margin: string;
  /** The running head with the site's name; off where the page's own kicker names it just below. */
  head?: boolean;
}

/**
 * The summary's sheet: narrow margins keep it on one Letter page (its layout: src/styles/summary-print.css),
 * and no running head, which would repeat its kicker ("CENTSEC 2025 explained · One-page summary").
 */
export const SUMMARY_PRINT: PagePrint = { margin: "8mm 8mm 8mm", head: false };

export function printCss({
  siteOrigin,
  pageUrl,
  siteName,
  page = { margin: PAGE_MARGIN },
}: {
  siteOrigin: string;
  pageUrl: string;
  siteName: string;
  page?: PagePrint | undefined;
}): string {
  return [
    `@media print{a[href^="/"]:not([data-print-bare])::after{content:" (" ${cssString(siteOrigin)} attr(href) ")"}}`,
    // The margins are set here, per page, rather than in global.css: an @page rule there would come later
    // in the document and override a page's own (Chromium lets the later @page win whatever its selector).
    `@page{margin:${page.margin};${page.head === false ? "" : `@top-left{content:${cssString(siteName)}}`}@bottom-left{content:${cssString(pageUrl)}}@bottom-right{content:counter(page) " / " counter(pages)}}`,
  ].join("");
}
