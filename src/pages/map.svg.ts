import type { APIRoute } from "astro";
import { loadExplainer } from "../lib/load";
import { basemapSvg } from "../lib/map";
import { naturalEarthCountries } from "../lib/natural-earth";

/** The base map every locator map draws its markers on: one small SVG file, cached across pages. */
export const GET: APIRoute = async () => {
  const host = (await loadExplainer()).places.find((p) => p.host);
  return new Response(basemapSvg(naturalEarthCountries, host), { headers: { "Content-Type": "image/svg+xml" } });
};
