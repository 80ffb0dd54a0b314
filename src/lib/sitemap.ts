/**
 * The sitemap, written from the routes' table of pages (src/lib/alternates.ts) rather than read back out
 * of the built HTML: every page with its address in every edition and x-default. Same markup as
 * @astrojs/sitemap (no longer a dependency) wrote before it: one line, the addresses in code-unit order.
 */
import { hreflangLinks, type AlternateSet } from "./alternates";

const NAMESPACES =
  'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escaped = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const url = (path: string, site: URL) => escaped(new URL(path, site).href);

/** The one sitemap's address. */
export const SITEMAP_PATH = "/sitemap-0.xml";

/** sitemap-index.xml: it lists the one sitemap. */
export function sitemapIndexXml(site: URL): string {
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${url(SITEMAP_PATH, site)}</loc></sitemap></sitemapindex>`;
}

/** sitemap-0.xml: each address of every page, with the page's addresses in every edition. */
export function sitemapXml(pages: readonly AlternateSet[], site: URL): string {
  const entries = pages.flatMap((paths) => {
    const links = hreflangLinks(paths)
      .map((link) => `<xhtml:link rel="alternate" hreflang="${escaped(link.lang)}" href="${url(link.path, site)}"/>`)
      .join("");
    return Object.values(paths).map((path) => ({ loc: url(path, site), links }));
  });
  entries.sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  return `${XML_HEAD}<urlset ${NAMESPACES}>${entries.map((e) => `<url><loc>${e.loc}</loc>${e.links}</url>`).join("")}</urlset>`;
}
