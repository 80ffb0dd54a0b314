/** The RSS feed of one edition: its parts, newest change recorded as Dublin Core's "modified". */
import rss from "@astrojs/rss";
import { ui } from "../i18n";
import { LANG_TAG, pagePath } from "../i18n/locales";
import type { Explainer } from "./explainer";

export function feedResponse({ introduction, sections, modified, published, locale }: Explainer, site: URL): Promise<Response> {
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  return rss({
    title: ui(locale).siteName,
    description: introduction.data.takeaway,
    // The channel links to its own edition's home page; item links are root-relative paths, so they resolve alike.
    site: new URL(pagePath("home", locale), site),
    items: sections.map((section) => ({
      title: section.data.title,
      description: section.data.takeaway,
      link: section.path,
      pubDate: day(section.published),
      // The latest substantive change (corrections log), as Dublin Core's "modified".
      customData: `<dcterms:modified>${section.modified ?? section.published}</dcterms:modified>`,
    })),
    xmlns: { dcterms: "http://purl.org/dc/terms/" },
    customData: `<language>${LANG_TAG[locale]}</language><lastBuildDate>${day(modified ?? published).toUTCString()}</lastBuildDate>`,
  });
}
