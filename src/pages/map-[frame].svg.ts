import type { APIRoute, GetStaticPaths } from "astro";
import { loadExplainer } from "../lib/load";
import { basemapSvg } from "../lib/map";
import { FRAMES, REGION_FRAME } from "../lib/map/frame";
import { naturalEarth } from "../lib/natural-earth";

/** The base map of each part's own frame (/map-borders.svg); the region frame's is /map.svg. */
export const getStaticPaths = (() =>
  FRAMES.filter((frame) => frame !== REGION_FRAME).map((frame) => ({
    params: { frame: frame.id },
    props: { frame },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { places } = await loadExplainer();
  return new Response(basemapSvg(naturalEarth, places, props.frame), { headers: { "Content-Type": "image/svg+xml" } });
};
