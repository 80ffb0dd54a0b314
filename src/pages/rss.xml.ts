import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { loadExplainer } from "../lib/load";
import { SITE_NAME } from "../lib/site";

export const GET: APIRoute = async ({ site }) => {
  const { introduction, sections } = await loadExplainer();
  return rss({
    title: SITE_NAME,
    description: introduction.data.takeaway,
    site: site!,
    items: sections.map((section) => ({
      title: section.data.title,
      description: section.data.takeaway,
      link: section.path,
      pubDate: new Date(`${section.data.published}T00:00:00Z`),
    })),
    customData: "<language>en</language>",
  });
};
