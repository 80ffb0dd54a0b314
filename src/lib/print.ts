/**
 * The per-page part of the print stylesheet: what CSS cannot know by itself (the site's address, for
 * writing out the targets of site-relative links, and this page's URL for the running footer).
 */
/** A CSS string literal. */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\a ")}"`;
}

export function printCss({ siteOrigin, pageUrl, siteName }: { siteOrigin: string; pageUrl: string; siteName: string }): string {
  return [
    `@media print{a[href^="/"]:not([data-print-bare])::after{content:" (" ${cssString(siteOrigin)} attr(href) ")"}}`,
    `@page{@top-left{content:${cssString(siteName)}}@bottom-left{content:${cssString(pageUrl)}}@bottom-right{content:counter(page) " / " counter(pages)}}`,
  ].join("");
}
