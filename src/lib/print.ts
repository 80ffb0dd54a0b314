/**
 * The per-page part of the print stylesheet: what CSS cannot know by itself (the site's address, for
 * writing out the targets of site-relative links, and this page's URL for the running footer).
 */
/** A CSS string literal. */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\a ")}"`;
}

/** The sheet's margins on every page but the summary: room for the running head and foot. */
export const PAGE_MARGIN = "16mm 15mm 18mm";

/** A page's own print rules: its sheet's margins, and rules only it needs. */
export interface PagePrint {
  margin: string;
  css: string;
}

export function printCss({
  siteOrigin,
  pageUrl,
  siteName,
  page = { margin: PAGE_MARGIN, css: "" },
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
    `@page{margin:${page.margin};@top-left{content:${cssString(siteName)}}@bottom-left{content:${cssString(pageUrl)}}@bottom-right{content:counter(page) " / " counter(pages)}}`,
    page.css,
  ].join("");
}

/**
 * The one-page summary on paper (src/views/SummaryPage.astro), inlined in the summary's own head so that
 * no other page carries it. The reading text (headline, standfirst, the five parts) at 11 pt in the wide
 * left column; beside it, from the top of the sheet, the QR code, the small locator map and the key
 * figures; across the foot, the timeline in three columns; the secondary matter at 8.5 pt. Narrow margins
 * and tight leading keep the Spanish edition, the longer, on one Letter page (the shorter sheet). The map's
 * data credit is left off the sheet for room (Natural Earth is public domain; the screen map credits it).
 */
export const SUMMARY_PRINT: PagePrint = {
  margin: "7mm 8mm 8mm",
  css: [
    "@media print{",
    ".summary{display:grid;grid-template:auto 1fr auto/minmax(0,18fr) minmax(57mm,7fr);gap:0 6mm;max-width:none;padding:0}",
    ".summary-grid,.summary-side{display:contents}",
    ".summary-header{max-width:none}",
    ".summary h1{font-size:16pt;line-height:1.15}",
    ".summary h2{margin-bottom:1mm}",
    ".summary-header>p{margin:1mm 0 0;font-size:8.5pt}",
    ".summary .standfirst,.summary-part p{font-size:11pt;line-height:1.18}",
    ".summary-parts{grid-column:1;margin-top:3mm}",
    ".summary ol,.summary ul{gap:1mm}",
    ".summary-part{padding-top:1mm}",
    ".summary-part h3{font-size:11pt;line-height:1.2}",
    ".summary-part a{font-size:8.5pt;white-space:nowrap}",
    ".summary-aside{grid-area:1/2/3;gap:3mm}",
    ".summary-side section{font-size:8.5pt}",
    ".summary-side li{line-height:1.2}",
    ".summary .timeline{grid-column:1/3;margin-top:3mm}",
    ".summary .timeline ol{display:block;columns:3;column-gap:6mm}",
    ".summary .timeline li{margin-bottom:1mm}",
    // The code with "Scan for…" beside it, and the address on one line under both.
    ".summary-qr{display:grid;grid-template-columns:auto 1fr;gap:0 2mm}",
    ".summary-qr svg{width:20mm;height:20mm}",
    ".summary-qr figcaption{display:contents}",
    ".summary-qr a{grid-column:1/3}",
    ".summary .locator-map figcaption{display:none}",
    "}",
  ].join(""),
};
