/** The sitemap index: it names /sitemap-0.xml (robots.txt and every page's head name this index). */
import type { APIRoute } from "astro";
import { sitemapIndexXml } from "../lib/sitemap";

export const GET: APIRoute = ({ site }) =>
  new Response(sitemapIndexXml(site!), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
