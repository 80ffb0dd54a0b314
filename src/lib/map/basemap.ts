/**
 * The base map every page's locator map draws its names on: water, land, borders, the host, the insets and
 * their keys, as one small SVG file (/map.svg) shared and cached by every page. Its colours are the design
 * tokens' (src/styles/colours.ts).
 */
import type { GeoPermissibleObjects } from "d3-geo";
import type { MultiLineString } from "geojson";
import { mesh } from "topojson-client";
import { colours } from "../../styles/colours";
import { basemapFile, frameOf, MAP_HEIGHT, MAP_WIDTH, REGION_FRAME, type MapFrame } from "./frame";
import { boundsOf, innerBox } from "./geometry";
import { mapPanels, panelHolding, panelsFor, type Panel } from "./panels";
import { boxPath, compactPath, ringPath, withoutSpecks } from "./paths";
import { countryAt, keyOutline, landOf, type CountriesTopology, type Geography } from "./projection";

/**
 * How the base map paints: translucent, so the same file reads on a light page, a dark page and paper. The
 * land is a veil of white, so it is always lighter than the water: the paper's own colour on a light page,
 * a lifted grey on a dark one. The countries a page names are a teal veil, close to the ground's
 * lightness; the host a lighter teal laid almost opaque, so the two sit far apart in lightness in both
 * schemes. On paper, in greys, the four step apart: land white, then water, the named countries, the host.
 */
const { water, land, line, teal, host: hostTeal } = colours.map;
const WATER = `fill="${water}" fill-opacity=".18"`;
const LAND = `fill="${land}" fill-opacity=".2"`;
const HOST = `fill="${hostTeal}" fill-opacity=".95"`;
const NAMED = `fill="${teal}" fill-opacity=".42"`;
const LINE = `fill="none" stroke="${line}"`;
/** The fill of each key swatch (src/components/LocatorMap.astro), as the map draws it. */
export const SWATCHES = {
  land: { fill: land, opacity: 0.2 },
  host: { fill: hostTeal, opacity: 0.95 },
  named: { fill: teal, opacity: 0.42 },
} as const;

/**
 * The countries a page names, shaded only when the file's fragment names the page: one hidden group per
 * page (`<g id="cartels">`; the home page's, `introduction`, holds every country the report names), shown
 * by `:target`, the way an SVG sprite shows one icon. A group shades its countries on the main map
 * (clipped to it) and on the world map. The outlines are drawn once and reused.
 */
function pageHighlights(places: BasemapPlace[], panels: Panel[], topology: CountriesTopology, frame: MapFrame): string[] {
  const { outlines, byPage } = pageCountries(places, panels, topology, frame);
  if (byPage.size === 0) return [];
  return [
    `<style>.p{display:none}.p:target{display:inline}</style>`,
    `<defs>${outlines.map(({ d }, i) => `<path id="c${i}" d="${d}"/>`).join("")}</defs>`,
    ...[...byPage].map(
      ([page, ids]) =>
        `<g id="${page}" class="p" ${NAMED}>${ids
          .map((i) => `<use href="#c${i}"${outlines[i]!.clip ? ` clip-path="url(#m)"` : ""}/>`)
          .join("")}</g>`,
    ),
  ];
}

/** What the base map needs of a place. */
export interface BasemapPlace {
  lon: number;
  lat: number;
  kind: string;
  host?: boolean;
  mentions?: { section: string }[];
}

/** The page whose group holds every country the report names: the home page. */
export const ALL_NAMED = "introduction";

/**
 * The countries each page drawn in `frame` names, on the main map or the world map (not the host, always
 * shaded): their outlines as path data in their panel (clipped, on the main map), and by page the indexes
 * of its own.
 */
function pageCountries(places: BasemapPlace[], panels: Panel[], topology: CountriesTopology, frame: MapFrame) {
  const outlines: { d: string; clip: boolean }[] = [];
  const byPage = new Map<string, number[]>();
  const add = (page: string, i: number) => {
    if (frameOf(page) === frame) byPage.set(page, [...(byPage.get(page) ?? []), i]);
  };
  for (const place of places) {
    if (place.kind !== "country" || place.host) continue;
    const panel = panelHolding(panels, place.lon, place.lat) ?? (frame.world ? panels[panels.length - 1] : undefined);
    if (!panel || panel.id === "inset") continue;
    const pages = [ALL_NAMED, ...(place.mentions ?? []).map((m) => m.section)];
    if (!pages.some((page) => frameOf(page) === frame)) continue;
    const country = countryAt(topology, place.lon, place.lat);
    if (!country) continue;
    const main = panel.id === "main";
    outlines.push({ d: compactPath(panel.projection, country, main ? 1 : 2), clip: main });
    const i = outlines.length - 1;
    add(ALL_NAMED, i);
    for (const { section } of place.mentions ?? []) if (section !== ALL_NAMED) add(section, i);
  }
  return { outlines, byPage };
}

/**
 * The outlines the main map draws: 1:110 million in a frame with an inset; 1:50 million in one without,
 * which shows the isthmus at the inset's scale.
 */
export const mainTopology = (geography: Geography, frame: MapFrame): CountriesTopology =>
  frame.inset ? geography.coarse : geography.detailed;

/**
 * The address of the base map for a page: its frame's file (basemapFile), with `#<part>` on a part that
 * has countries of its own to shade (the fragment shows their group). Every fragment it gives exists in the file.
 */
export function basemapHref(places: BasemapPlace[], page: string, geography: Geography): string {
  const frame = frameOf(page);
  const file = basemapFile(frame);
  return pageCountries(places, panelsFor(geography, frame), mainTopology(geography, frame), frame).byPage.has(page)
    ? `${file}#${page}`
    : file;
}

/**
 * The shared base map as a standalone SVG file: water, land, borders and the host country in each panel,
 * the panels' frames and the key outlines. No text: the names are drawn by the page, in its language. The
 * countries among `places` that only the world map shows (Italy, China) are highlighted on it, and a part's
 * own countries on the main map when the file is asked for with the part's id as its fragment
 * (`/map.svg#cartels`, see partHighlights): one file, cached once, for every page.
 */
export function basemapSvg(geography: Geography, places: BasemapPlace[], frame: MapFrame = REGION_FRAME): string {
  const panels = mapPanels(geography, frame);
  const [inset, main, world] = ["inset", "main", "world"].map((id) => panels.find((p) => p.id === id)) as [
    Panel | undefined,
    Panel,
    Panel | undefined,
  ];
  const host = places.find((p) => p.host);
  const out: string[] = [];
  const draw = (panel: Panel, topology: CountriesTopology, minArea: number, tolerance: number, south = -90) => {
    const path = (shape: GeoPermissibleObjects) => compactPath(panel.projection, shape, tolerance);
    const land = path(withoutSpecks(landOf(topology), panel.projection, minArea, south));
    const borders = path(mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString);
    const hostCountry = host ? countryAt(topology, host.lon, host.lat) : undefined;
    return { path, land, borders, host: hostCountry ? path(hostCountry) : "" };
  };

  // The main map, clipped to leave the inset of Panama its own box, edge to edge (no band of page round
  // it: boxes in boxes); the world map lies on the main map's open Pacific, with no box of its own.
  const topology = mainTopology(geography, frame);
  const m = draw(main, topology, 0.5, 1);
  out.push(
    `<clipPath id="m"><path clip-rule="evenodd" d="${boxPath(main.box)}${inset ? boxPath(inset.box) : ""}"/></clipPath>`,
    `<g clip-path="url(#m)">`,
    `<path fill-rule="evenodd" d="${boxPath(main.box)}${m.land}" ${WATER}/>`,
    `<path d="${m.land}" ${LAND}/>`,
    m.host ? `<path d="${m.host}" ${HOST}/>` : "",
    `</g>`,
  );

  // The inset of Panama.
  if (inset) {
    const i = draw(inset, geography.detailed, 1, 1);
    out.push(
      `<path fill-rule="evenodd" d="${boxPath(inset.box)}${i.land}" ${WATER}/>`,
      `<path d="${i.land}" ${LAND}/>`,
      i.host ? `<path d="${i.host}" ${HOST}/>` : "",
      `<path d="${i.borders}" ${LINE} stroke-width=".8"/>`,
    );
  }

  // The world, generalised harder (no islands smaller than a dot) under a plain extent rectangle of the
  // main map, as a graphics desk draws a locator's key: straight sides, square corners.
  if (world) {
    const w = draw(world, geography.coarse, 6, 2, -60);
    const sphere = w.path({ type: "Sphere" });
    out.push(
      `<path fill-rule="evenodd" d="${sphere}${w.land}" ${WATER}/>`,
      `<path d="${w.land}" ${LAND}/>`,
      `<path d="${sphere}" ${LINE} stroke-width=".5"/>`,
    );
  }

  // Each page's own countries, over both panels' land and under the main map's borders.
  out.push(...pageHighlights(places, panels, topology, frame));
  out.push(`<path clip-path="url(#m)" d="${m.borders}" ${LINE} stroke-width=".6"/>`);
  if (inset) {
    const key = keyOutline(inset.box, inset.projection, main.projection, 1);
    if (key) out.push(`<path d="${ringPath(key)}" ${LINE} stroke-width=".8"/>`);
  }
  // The key rectangle's two lines to the inset.
  if (main.lines.length)
    out.push(`<path d="${main.lines.map(([a, b]) => `M${a.x} ${a.y}L${b.x} ${b.y}`).join("")}" ${LINE} stroke-width=".6"/>`);
  if (world) {
    const worldKey = keyOutline(main.box, main.projection, world.projection, 4);
    if (worldKey) out.push(`<path d="${boxPath(boundsOf(worldKey))}" ${LINE} stroke-width=".6"/>`);
  }
  // A country too small to find on its panel (Italy on the world map) gets no ring, which the key would
  // have to explain: its name's line points to it (labels.ts keeps the line's start just clear of it).

  // One hairline frame, the inset's, over the edge of its water; the main map's water is its own edge.
  if (inset) out.push(`<path d="${boxPath(innerBox(inset.box, 0.5))}" ${LINE} stroke-width=".5"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">${out.join("")}</svg>\n`;
}
