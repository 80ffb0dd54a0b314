import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { loadExplainer } from "../lib/load";
import { SITE_NAME } from "../lib/site";

export const GET: APIRoute = async ({ site }) => {
  const { introduction, sections, modified, published } = await loadExplainer();
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  return rss({
    title: SITE_NAME,
    description: introduction.data.takeaway,
    site: site!,
    items: sections.map((section) => ({
      title: section.data.title,
      description: section.data.takeaway,
      link: section.path,
      pubDate: day(section.published),
      // The latest substantive change (corrections log), as Dublin Core's "modified".
      customData: `<dcterms:modified>${section.modified ?? section.published}</dcterms:modified>`,
    })),
    xmlns: { dcterms: "http://purl.org/dc/terms/" },
    customData: `<language>en</language><lastBuildDate>${day(modified ?? published).toUTCString()}</lastBuildDate>`,
  });
};
