/** Every page of every edition with its alternates, from the routes' table of pages (src/lib/routes.ts). */
import type { APIRoute } from "astro";
import { sitePageAddresses } from "../lib/routes";
import { sitemapXml } from "../lib/sitemap";

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(await sitePageAddresses(), site!), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
