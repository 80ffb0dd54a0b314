/**
 * The base map every page's locator map draws its names on: water, land, borders, the host, the insets and
 * their keys, as one small SVG file (/map.svg) shared and cached by every page. Its colours are the design
 * tokens' (src/styles/colours.ts).
 */
import type { GeoPermissibleObjects } from "d3-geo";
import type { Feature, Geometry, MultiLineString } from "geojson";
import { mesh } from "topojson-client";
import { colours } from "../../styles/colours";
import { MAP_HEIGHT, MAP_WIDTH } from "./frame";
import { innerBox } from "./geometry";
import { mapPanels, panelOf, panelsFor, smallCountryRing, type Panel } from "./panels";
import { boxPath, compactPath, ringPath, withoutSpecks } from "./paths";
import { countryAt, keyOutline, landOf, type CountriesTopology, type Geography } from "./projection";

/** How the base map paints: translucent, so the same file reads on a light page, a dark page and paper. */
const { water, land, teal } = colours.map;
const WATER = `fill="${water}" fill-opacity=".22"`;
const LAND = `fill="${land}" fill-opacity=".16"`;
const HOST = `fill="${teal}" fill-opacity=".4"`;
const HIGHLIGHT = `fill="${teal}" fill-opacity=".55"`;
const PART = `fill="${teal}" fill-opacity=".3"`;
const LINE = `fill="none" stroke="${land}"`;
const RING = `fill="none" stroke="${teal}"`;

/**
 * A part's own countries on the main map, shaded only when the file's fragment names the part: one hidden
 * group per part (`<g id="cartels">`), shown by `:target`, the way an SVG sprite shows one icon. The
 * outlines are drawn once and reused.
 */
function partHighlights(
  places: BasemapPlace[],
  panels: Panel[],
  topology: CountriesTopology,
  path: (shape: GeoPermissibleObjects) => string,
): string[] {
  const { outlines, byPart } = partCountries(places, panels, topology);
  if (byPart.size === 0) return [];
  return [
    `<style>.p{display:none}.p:target{display:inline}</style>`,
    `<defs>${outlines.map((country, i) => `<path id="c${i}" d="${path(country)}"/>`).join("")}</defs>`,
    ...[...byPart].map(
      ([part, ids]) => `<g id="${part}" class="p" ${PART}>${ids.map((i) => `<use href="#c${i}"/>`).join("")}</g>`,
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

/**
 * The countries each part names on the main map (not the host, always shaded; not those on the world
 * map): their outlines, and by part the indexes of its own.
 */
function partCountries(places: BasemapPlace[], panels: Panel[], topology: CountriesTopology) {
  const main = panels.find((p) => p.id === "main")!;
  const outlines: Feature<Geometry, { name: string }>[] = [];
  const byPart = new Map<string, number[]>();
  for (const place of places) {
    if (place.kind !== "country" || place.host || panelOf(panels, place.lon, place.lat) !== main) continue;
    const country = countryAt(topology, place.lon, place.lat);
    if (!country) continue;
    outlines.push(country);
    for (const { section } of place.mentions ?? []) byPart.set(section, [...(byPart.get(section) ?? []), outlines.length - 1]);
  }
  return { outlines, byPart };
}

/**
 * The address of the base map for a page: `/map.svg#<part>` on a part that has countries of its own to
 * shade (the fragment shows their group), `/map.svg` elsewhere. Every fragment it gives exists in the file.
 */
export function basemapHref(places: BasemapPlace[], page: string, geography: Geography): string {
  return partCountries(places, panelsFor(geography), geography.coarse).byPart.has(page) ? `/map.svg#${page}` : "/map.svg";
}

/**
 * The shared base map as a standalone SVG file: water, land, borders and the host country in each panel,
 * the panels' frames and the key outlines. No text: the names are drawn by the page, in its language. The
 * countries among `places` that only the world map shows (Italy, China) are highlighted on it, and a part's
 * own countries on the main map when the file is asked for with the part's id as its fragment
 * (`/map.svg#cartels`, see partHighlights): one file, cached once, for every page.
 */
export function basemapSvg(geography: Geography, places: BasemapPlace[]): string {
  const panels = mapPanels(geography);
  const [inset, main, world] = ["inset", "main", "world"].map((id) => panels.find((p) => p.id === id)!) as [Panel, Panel, Panel];
  const host = places.find((p) => p.host);
  const highlighted = places
    .filter((p) => p.kind === "country" && panelOf(panels, p.lon, p.lat) === world)
    .map((p) => countryAt(geography.coarse, p.lon, p.lat))
    .filter((c) => c !== undefined);
  const out: string[] = [];
  const draw = (panel: Panel, topology: CountriesTopology, minArea: number, tolerance: number, south = -90) => {
    const path = (shape: GeoPermissibleObjects) => compactPath(panel.projection, shape, tolerance);
    const land = path(withoutSpecks(landOf(topology), panel.projection, minArea, south));
    const borders = path(mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString);
    const hostCountry = host ? countryAt(topology, host.lon, host.lat) : undefined;
    return { path, land, borders, host: hostCountry ? path(hostCountry) : "" };
  };

  // The main map, clipped so that the insets sit on a clear band of page.
  const m = draw(main, geography.coarse, 0.5, 1);
  out.push(
    `<clipPath id="m"><path clip-rule="evenodd" d="${boxPath(main.box)}${main.holes.map(boxPath).join("")}"/></clipPath>`,
    `<g clip-path="url(#m)">`,
    `<path fill-rule="evenodd" d="${boxPath(main.box)}${m.land}" ${WATER}/>`,
    `<path d="${m.land}" ${LAND}/>`,
    m.host ? `<path d="${m.host}" ${HOST}/>` : "",
    ...partHighlights(places, panels, geography.coarse, m.path),
    `<path d="${m.borders}" ${LINE} stroke-width=".6"/>`,
    `</g>`,
  );
  const key = keyOutline(inset.box, inset.projection, main.projection, 1);
  if (key) out.push(`<path d="${ringPath(key)}" ${LINE} stroke-width="1.2"/>`);
  // The key rectangle's two lines to the inset.
  if (main.lines.length)
    out.push(`<path d="${main.lines.map(([a, b]) => `M${a.x} ${a.y}L${b.x} ${b.y}`).join("")}" ${LINE} stroke-width=".6"/>`);

  // The inset of Panama.
  const i = draw(inset, geography.detailed, 1, 1);
  out.push(
    `<path fill-rule="evenodd" d="${boxPath(inset.box)}${i.land}" ${WATER}/>`,
    `<path d="${i.land}" ${LAND}/>`,
    i.host ? `<path d="${i.host}" ${HOST}/>` : "",
    `<path d="${i.borders}" ${LINE} stroke-width=".8"/>`,
  );

  // The world, with the main map's key shape and the highlighted countries.
  const w = draw(world, geography.coarse, 2, 1.5, -60);
  const sphere = w.path({ type: "Sphere" });
  const lit = highlighted;
  const worldKey = keyOutline(main.box, main.projection, world.projection, 4);
  out.push(
    `<path fill-rule="evenodd" d="${sphere}${w.land}" ${WATER}/>`,
    `<path d="${w.land}" ${LAND}/>`,
    lit.length ? `<path d="${w.path({ type: "FeatureCollection", features: lit })}" ${HIGHLIGHT}/>` : "",
    worldKey ? `<path d="${ringPath(worldKey)}" ${LINE} stroke-width="1"/>` : "",
  );
  // A ring round each named country too small to find on its panel (Italy on the world map).
  for (const place of places) {
    const panel = place.kind === "country" ? panelOf(panels, place.lon, place.lat) : undefined;
    const ring = panel && smallCountryRing(panel, place.lon, place.lat);
    if (ring) out.push(`<circle cx="${ring.x}" cy="${ring.y}" r="${ring.r}" ${RING} stroke-width="1.2"/>`);
  }

  // Frames last, over the edges of the water.
  out.push(`<path d="${[main.box, inset.box, world.box].map((b) => boxPath(innerBox(b, 0.5))).join("")}" ${LINE}/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">${out.join("")}</svg>\n`;
}
