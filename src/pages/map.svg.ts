import type { APIRoute } from "astro";
import { loadExplainer } from "../lib/load";
import { basemapSvg } from "../lib/map";
import { naturalEarth } from "../lib/natural-earth";

/** The base map every locator map draws its names on: one small SVG file, cached across pages. */
export const GET: APIRoute = async () => {
  const { places } = await loadExplainer();
  return new Response(basemapSvg(naturalEarth, places), { headers: { "Content-Type": "image/svg+xml" } });
};
