/**
 * The locator map, drawn at build time. Pure: Natural Earth outlines (the `world-atlas` TopoJSON) go in,
 * SVG text and label positions come out.
 *
 * One frame, three panels, as a newsroom locator map is drawn:
 * - the main map, Mexico to Chile (Lambert azimuthal equal-area), land clipped to the frame on water;
 * - an inset of Panama (Mercator, 1:50 million outlines), where the host, the Canal and the Darién Gap can
 *   be told apart, with a key rectangle on the main map showing what it covers;
 * - a small world map (Equal Earth) with Italy and China, the places beyond the region, and a key shape of
 *   the main map.
 * `basemapSvg` draws all of it as one small SVG file shared (and cached) by every page. `layoutMap` places
 * every label (areas centred in their country, points beside their dot, seas in open water) so that none
 * overlaps another label, a dot or an inset, or leaves its panel; the build stops, naming the place, when
 * no position is free.
 *
 * Everything is in the frame's own units (a viewBox of MAP_WIDTH × MAP_HEIGHT), rounded, so the output is
 * deterministic and small. The layout assumes the map is drawn at least MAP_MIN_WIDTH px wide.
 */
import {
  geoAzimuthalEqualArea,
  geoContains,
  geoEqualEarth,
  geoMercator,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export const MAP_WIDTH = 300;
export const MAP_HEIGHT = 400;
/**
 * The narrowest the page may draw the map, in CSS pixels: a 320 px phone less its margins. A frame unit is
 * then at least 0.87 px, so a country's name (10 units) is never smaller than about 8.7 px. Any column the
 * layout gives the map (beside the lede, a part's side column, after the text on a phone) should be at
 * least this wide; the map scales up to fill wider ones.
 */
export const MAP_MIN_WIDTH = 260;
/** Space kept free inside a panel's edge for labels, markers and their halos. */
export const MAP_MARGIN = 4;
/** The countries the main map is fitted to: Mexico, Chile, Uruguay (ISO 3166-1 numeric, as in Natural Earth). */
export const FRAME_COUNTRIES = ["484", "152", "858"];
/** The centre of the projection: the middle of Latin America, so the region is drawn with little distortion. */
export const MAP_CENTRE: [lon: number, lat: number] = [-78, -5];
/** Label sizes in frame units: a point's name, a country's (capitals, letter-spaced), a sea's (italic). */
export const LABEL_SIZE = 11;
export const AREA_LABEL_SIZE = 10;
export const AREA_TRACKING = 1.2;
export const SEA_LABEL_SIZE = 10.5;

/** The inset of Panama: where it sits in the frame, and the longitudes and latitudes it shows at least. */
export const INSET_BOX: Box = { x0: 3, y0: 146, x1: 161, y1: 238 };
export const INSET_BOUNDS: [west: number, south: number, east: number, north: number] = [-83.1, 7.0, -77.0, 9.8];
/** The world map, in the open Pacific at the bottom left; the globe sits low in it, names may go above. */
export const WORLD_BOX: Box = { x0: 3, y0: 318, x1: 131, y1: 397 };

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/** Natural Earth at two scales: 1:110 million for the main map and the world, 1:50 million for the inset. */
export interface Geography {
  coarse: CountriesTopology;
  detailed: CountriesTopology;
}

export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** How a place is labelled: a country's name across its area, a point's beside a dot, a sea's in open water. */
export type LabelKind = "area" | "point" | "sea";

/** What the layout needs of one place. */
export interface MapPlace {
  id: string;
  label: string;
  lon: number;
  lat: number;
  kind: LabelKind;
}

/** A panel of the map: its box in the frame, its projection, and what of the world it covers. */
export interface Panel {
  id: "main" | "inset" | "world";
  box: Box;
  projection: GeoProjection;
  /** Boxes inside this panel that belong to another panel (the insets on the main map). */
  holes: Box[];
  /** Lines drawn on this panel that no label may cross: the leader lines from a key rectangle to its inset. */
  lines: [Point, Point][];
  /** The land (for sea labels) and the countries (for area labels) drawn in this panel. */
  land: GeoPermissibleObjects;
  countries: Feature<Geometry, { name: string }>[];
}

/** The dot of a point, in every style; the layout keeps room for the largest. */
export const DOT_RADIUS = { emphasis: 4.5, normal: 4, muted: 3 } as const;
const LAYOUT_RADIUS = 5;
/**
 * A country drawn smaller than this, in square frame units, on its panel (Italy on the world map) is too
 * small to find: it gets a ring round it, as a newsroom marks a small country, and its name's line starts
 * at the ring.
 */
export const SMALL_COUNTRY_AREA = 12;
export const RING_RADIUS = 5;

export interface PlacedLabel {
  /** Where the first line is anchored, on its baseline, and how (SVG text-anchor). */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** The text, one line or (a sea's) two. */
  lines: string[];
  /** The room kept for the text: its estimated extent, with the halo. */
  box: Box;
}

export interface PlacedPlace<P extends MapPlace = MapPlace> {
  place: P;
  panel: Panel["id"];
  /** Where the place is in the frame: a point's dot, the anchor of a country's leader line. */
  x: number;
  y: number;
  label: PlacedLabel;
  /** A line from the label back to its place, when the label could not sit on or beside it. */
  leader: [Point, Point] | undefined;
}

/** Frame units are about a pixel: whole units are precise enough and keep the markup small. */
const whole = (n: number) => Math.round(n);

function countriesOf(topology: CountriesTopology): Feature<Geometry, { name: string }>[] {
  return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}
const landOf = (topology: CountriesTopology) => feature(topology, topology.objects.land);

/** The box less the margin every label keeps from a panel's edge. */
export const innerBox = (box: Box, margin = MAP_MARGIN): Box => ({
  x0: box.x0 + margin,
  y0: box.y0 + margin,
  x1: box.x1 - margin,
  y1: box.y1 - margin,
});

/** Lambert azimuthal equal-area, centred on the region, fitted to FRAME_COUNTRIES and clipped to the frame. */
export function regionProjection(topology: CountriesTopology): GeoProjection {
  const fitted: FeatureCollection = {
    type: "FeatureCollection",
    features: countriesOf(topology).filter((f) => FRAME_COUNTRIES.includes(String(f.id))),
  };
  if (fitted.features.length !== FRAME_COUNTRIES.length) throw new Error("the Natural Earth topology lacks a frame country");
  return geoAzimuthalEqualArea()
    .rotate([-MAP_CENTRE[0], -MAP_CENTRE[1]])
    .fitExtent(
      [
        [MAP_MARGIN, MAP_MARGIN],
        [MAP_WIDTH - MAP_MARGIN, MAP_HEIGHT - MAP_MARGIN],
      ],
      fitted,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
}

/** Mercator fitted so that INSET_BOUNDS fill the inset box (centred along the other side), clipped to it. */
export function insetProjection(box = INSET_BOX, [west, south, east, north] = INSET_BOUNDS): GeoProjection {
  return geoMercator()
    .fitExtent(
      [
        [box.x0, box.y0],
        [box.x1, box.y1],
      ],
      {
        type: "MultiPoint",
        coordinates: [
          [west, south],
          [east, north],
        ],
      },
    )
    .clipExtent([
      [box.x0, box.y0],
      [box.x1, box.y1],
    ]);
}

/** Equal Earth, the whole sphere fitted into the world box, below a band kept for names. */
export function worldProjection(box = WORLD_BOX): GeoProjection {
  return geoEqualEarth().fitExtent(
    [
      [box.x0 + 2, box.y0 + 14],
      [box.x1 - 2, box.y1 - 2],
    ],
    { type: "Sphere" },
  );
}

/**
 * The shape, in `to`, of what the rectangle `box` of a panel drawn with `from` shows: the key of an inset
 * (or of the main map on the world map). Each side is sampled, as a straight side in one projection is a
 * curve in another. Returns undefined when a corner is off the globe.
 */
export function keyOutline(box: Box, from: GeoProjection, to: GeoProjection, steps = 8): Point[] | undefined {
  const corners: [number, number][] = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x1, box.y1],
    [box.x0, box.y1],
  ];
  const loop: Point[] = [];
  for (let side = 0; side < 4; side++) {
    const [a, b] = [corners[side]!, corners[(side + 1) % 4]!];
    for (let i = 0; i < steps; i++) {
      const t = i / steps;
      const lonLat = from.invert!([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
      const point = lonLat && to(lonLat);
      if (!point) return undefined;
      const next = { x: whole(point[0]), y: whole(point[1]) };
      const last = loop[loop.length - 1];
      if (!last || last.x !== next.x || last.y !== next.y) loop.push(next);
    }
  }
  return loop;
}

/** The smallest box around the points. */
export function boundsOf(points: Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** A closed SVG path through the points. */
export const ringPath = (loop: Point[]) => `M${loop.map((p) => `${p.x} ${p.y}`).join("L")}Z`;
/** A rectangle as an SVG path, for an even-odd fill or clip. */
export const boxPath = (b: Box) => `M${b.x0} ${b.y0}H${b.x1}V${b.y1}H${b.x0}Z`;

/** The Natural Earth country that contains a point, if any. */
export function countryAt(
  topology: CountriesTopology,
  lon: number,
  lat: number,
): Feature<Geometry, { name: string }> | undefined {
  return countriesOf(topology).find((f) => geoContains(f, [lon, lat]));
}

/**
 * Drops the polygons of a shape smaller than `minArea` square units once projected (specks of islands that
 * would cost bytes and show nothing at the size of a panel), and those wholly south of `south` (Antarctica
 * on the world map).
 */
export function withoutSpecks(
  shape: Feature<Geometry> | FeatureCollection<Geometry>,
  projection: GeoProjection,
  minArea: number,
  south = -90,
): MultiPolygon {
  const features = shape.type === "FeatureCollection" ? shape.features : [shape];
  const polygons: Position[][][] = features.flatMap((f) => {
    const g = f.geometry as Polygon | MultiPolygon;
    return g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  });
  const area = geoPath(projection);
  return {
    type: "MultiPolygon",
    coordinates: polygons.filter(
      (p) => area.area({ type: "Polygon", coordinates: p }) >= minArea && p[0]!.some(([, lat]) => lat! > south),
    ),
  };
}

/**
 * A d3-geo path context that writes whole units and drops what rounding makes redundant: a point equal to
 * the one before it, a closed path of fewer than three points, a line of fewer than two. At the size of a panel
 * this halves the bytes and changes nothing a reader can see.
 */
export class CompactPath {
  private out: string[] = [];
  private points: Point[] = [];
  /** Points closer than `tolerance` units to the last one kept are dropped too. */
  constructor(private readonly tolerance = 0) {}
  moveTo(x: number, y: number) {
    this.flush(false);
    this.points = [{ x: whole(x), y: whole(y) }];
  }
  lineTo(x: number, y: number) {
    const point = { x: whole(x), y: whole(y) };
    const last = this.points[this.points.length - 1];
    if (!last || Math.hypot(last.x - point.x, last.y - point.y) > this.tolerance) this.points.push(point);
  }
  closePath() {
    this.flush(true);
  }
  beginPath() {}
  arc() {}
  private flush(closed: boolean) {
    const loop = this.points;
    this.points = [];
    if (closed && loop.length > 1 && loop[0]!.x === loop[loop.length - 1]!.x && loop[0]!.y === loop[loop.length - 1]!.y)
      loop.pop();
    if (loop.length < (closed ? 3 : 2)) return;
    this.out.push(`M${loop[0]!.x} ${loop[0]!.y}${relativeLines(loop)}${closed ? "Z" : ""}`);
  }
  toString() {
    this.flush(false);
    return this.out.join("");
  }
}

/**
 * The lines of a path after its first point, as one relative `l` command ("l3-1 2 0-4 5"): small steps
 * write shorter than absolute positions, and a minus sign needs no space before it.
 */
export function relativeLines(loop: Point[]): string {
  let out = "";
  for (let i = 1; i < loop.length; i++) {
    for (const n of [loop[i]!.x - loop[i - 1]!.x, loop[i]!.y - loop[i - 1]!.y]) {
      out += out === "" ? `l${n}` : n < 0 ? `${n}` : ` ${n}`;
    }
  }
  return out;
}

/** The SVG path data of a shape in a projection, compacted. */
export function compactPath(projection: GeoProjection, shape: GeoPermissibleObjects, tolerance = 0): string {
  const context = new CompactPath(tolerance);
  geoPath(projection, context).pointRadius(0)(shape);
  return context.toString();
}

/** The panels of the map, with their projections and what each draws. */
export function mapPanels(geography: Geography): Panel[] {
  const main = regionProjection(geography.coarse);
  const inset = insetProjection();
  const world = worldProjection();
  const worldKey = keyOutline({ x0: 0, y0: 0, x1: MAP_WIDTH, y1: MAP_HEIGHT }, main, world, 4);
  const insetKey = keyOutline(INSET_BOX, inset, main, 1);
  return [
    {
      id: "inset",
      box: INSET_BOX,
      projection: inset,
      holes: [],
      lines: [],
      land: landOf(geography.detailed),
      countries: countriesOf(geography.detailed),
    },
    {
      id: "main",
      box: { x0: 0, y0: 0, x1: MAP_WIDTH, y1: MAP_HEIGHT },
      projection: main,
      holes: [INSET_BOX, WORLD_BOX].map((b) => innerBox(b, -2)),
      lines: insetKey ? zoomLines(boundsOf(insetKey), innerBox(INSET_BOX, 0.5)) : [],
      land: landOf(geography.coarse),
      countries: countriesOf(geography.coarse),
    },
    {
      id: "world",
      box: WORLD_BOX,
      projection: world,
      // The main map's key shape stays clear of names.
      holes: worldKey ? [boundsOf(worldKey)] : [],
      lines: [],
      land: landOf(geography.coarse),
      countries: countriesOf(geography.coarse),
    },
  ];
}

/**
 * The two leader lines that join a key rectangle to its inset, as a newsroom draws them: from the key's two
 * corners that face the inset to the inset's two corners that face the key, left to left and right to right
 * (or top to top and bottom to bottom), so that they never cross.
 */
export function zoomLines(key: Box, inset: Box): [Point, Point][] {
  const at = (b: Box, x: "x0" | "x1", y: "y0" | "y1"): Point => ({ x: b[x], y: b[y] });
  if (inset.y0 >= key.y1)
    return [
      [at(key, "x0", "y1"), at(inset, "x0", "y0")],
      [at(key, "x1", "y1"), at(inset, "x1", "y0")],
    ];
  if (inset.y1 <= key.y0)
    return [
      [at(key, "x0", "y0"), at(inset, "x0", "y1")],
      [at(key, "x1", "y0"), at(inset, "x1", "y1")],
    ];
  const [near, far] = inset.x1 <= key.x0 ? (["x0", "x1"] as const) : (["x1", "x0"] as const);
  return [
    [at(key, near, "y0"), at(inset, far, "y0")],
    [at(key, near, "y1"), at(inset, far, "y1")],
  ];
}

/** The ring round a country too small to find on its panel, if it is one: centred on the place's point. */
export function smallCountryRing(panel: Panel, lon: number, lat: number): (Point & { r: number }) | undefined {
  const country = panel.countries.find((c) => geoContains(c, [lon, lat]));
  const point = panel.projection([lon, lat]);
  if (!country || !point || geoPath(panel.projection).area(country) >= SMALL_COUNTRY_AREA) return undefined;
  return { x: whole(point[0]), y: whole(point[1]), r: RING_RADIUS };
}

/**
 * The panel that shows a place: the first, in the order inset, main, world, whose box holds its point
 * clear of the panel's edge and holes. The world map shows everything.
 */
export function panelOf(panels: Panel[], lon: number, lat: number): Panel {
  for (const panel of panels) {
    const point = panel.projection([lon, lat]);
    if (!point) continue;
    const room = innerBox(panel.box, LAYOUT_RADIUS);
    const [x, y] = point;
    const inBox = x >= room.x0 && x <= room.x1 && y >= room.y0 && y <= room.y1;
    const inHole = panel.holes.some((h) => x >= h.x0 && x <= h.x1 && y >= h.y0 && y <= h.y1);
    if (inBox && !inHole) return panel;
  }
  return panels[panels.length - 1]!;
}

/** Colours of the base map: translucent, so the same file reads on a light page, a dark page and paper. */
const WATER = `fill="#3d8fc6" fill-opacity=".22"`;
const LAND = `fill="#888" fill-opacity=".16"`;
const HOST = `fill="#0f8a80" fill-opacity=".4"`;
const HIGHLIGHT = `fill="#0f8a80" fill-opacity=".55"`;
const PART = `fill="#0f8a80" fill-opacity=".3"`;
const LINE = `fill="none" stroke="#888"`;

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
  let panels = panelsOf.get(geography);
  if (!panels) panelsOf.set(geography, (panels = mapPanels(geography)));
  return partCountries(places, panels, geography.coarse).byPart.has(page) ? `/map.svg#${page}` : "/map.svg";
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
    if (ring) out.push(`<circle cx="${ring.x}" cy="${ring.y}" r="${ring.r}" fill="none" stroke="#0f8a80" stroke-width="1.2"/>`);
  }

  // Frames last, over the edges of the water.
  out.push(`<path d="${[main.box, inset.box, world.box].map((b) => boxPath(innerBox(b, 0.5))).join("")}" ${LINE}/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">${out.join("")}</svg>\n`;
}

/**
 * Estimated width of a label in frame units. Deliberately generous (system sans-serif fonts differ):
 * the browser test measures the real boxes at 320 px. Capitals (a country's name) are set with `tracking`
 * units between letters.
 */
export function labelWidth(text: string, size: number, bold = false, tracking = 0): number {
  let em = 0;
  for (const ch of text) {
    if (/[ilj.,'’!|I]/.test(ch)) em += 0.3;
    else if (/[ frt]/.test(ch)) em += 0.4;
    else if (/[mwMW]/.test(ch)) em += 0.95;
    else if (/[A-ZÁÉÍÓÚÑ]/.test(ch)) em += 0.74;
    else em += 0.6;
  }
  return em * size * (bold ? 1.1 : 1) + tracking * [...text].length;
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
export const inside = (a: Box, frame: Box) => a.x0 >= frame.x0 && a.y0 >= frame.y0 && a.x1 <= frame.x1 && a.y1 <= frame.y1;
const HALO = 1.5;
const LINE_HEIGHT = 1.15;

/** The box of a label of `lines` lines whose first line is anchored at (x, y) on its baseline. */
export function labelBox(x: number, y: number, anchor: PlacedLabel["anchor"], width: number, size: number, lines = 1): Box {
  const x0 = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  return {
    x0: x0 - HALO,
    y0: y - size * 0.8 - HALO,
    x1: x0 + width + HALO,
    y1: y + size * 0.25 + size * LINE_HEIGHT * (lines - 1) + HALO,
  };
}

/** Does the segment a-b pass through the box? (Sampled; the segments are short.) */
export function crosses(a: Point, b: Point, box: Box): boolean {
  for (let t = 0; t <= 1; t += 0.05) {
    const x = a.x + (b.x - a.x) * t;
    const y = a.y + (b.y - a.y) * t;
    if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
  }
  return false;
}

export function segmentsIntersect(a: Point, b: Point, c: Point, d: Point): boolean {
  const cross = (p: Point, q: Point, r: Point) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** The share of a 5 × 3 grid of points over the box for which `test` holds. */
export function shareOf(box: Box, test: (p: Point) => boolean): number {
  let yes = 0;
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 3; j++) {
      if (test({ x: box.x0 + ((box.x1 - box.x0) * (i + 0.5)) / 5, y: box.y0 + ((box.y1 - box.y0) * (j + 0.5)) / 3 })) yes++;
    }
  }
  return yes / 15;
}

/** A candidate moved sideways just enough for its text to lie inside the frame (itself when it already does). */
function slideInside(c: Candidate, width: number, size: number, frame: Box): Candidate {
  const box = labelBox(c.x, c.y, c.anchor, width, size, c.lines.length);
  const shift = box.x0 < frame.x0 ? frame.x0 - box.x0 : box.x1 > frame.x1 ? frame.x1 - box.x1 : 0;
  return shift === 0 || box.x1 - box.x0 > frame.x1 - frame.x0 ? c : { ...c, x: c.x + shift };
}

/** The point of a box nearest to p. */
export function nearestOn(box: Box, p: Point): Point {
  return { x: Math.min(Math.max(p.x, box.x0), box.x1), y: Math.min(Math.max(p.y, box.y0), box.y1) };
}

interface Candidate {
  x: number;
  y: number;
  anchor: PlacedLabel["anchor"];
  lines: string[];
  /** True when the label is set apart from its place and needs a line back to it. */
  leader: boolean;
  /**
   * The share of the label that must lie on its own country (an area's, when positive), on open water (a
   * sea's; an area's set apart, when negative), or nothing (0).
   */
  share: number;
}

/** The eight directions a label set apart may take, and their distances, nearest first. */
const DIRECTIONS: [number, number][] = [
  [-1, 0],
  [1, 0],
  [-1, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [0, 1],
  [0, -1],
];
const FAR = [22, 34, 48, 64, 82];

/** Positions around (x, y) at `distances`, with a leader line back, for a label of `lines` lines. */
function setApart(x: number, y: number, size: number, lines: string[], distances: number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const distance of distances) {
    for (const [dx, dy] of DIRECTIONS) {
      const norm = Math.hypot(dx, dy);
      const px = x + (dx / norm) * distance;
      const py = y + (dy / norm) * distance;
      const baseline = dy < 0 ? py : dy > 0 ? py + size * 0.8 : py + size * 0.3;
      if (dx !== 0) {
        out.push({ x: px + Math.sign(dx) * 2, y: baseline, anchor: dx < 0 ? "end" : "start", lines, leader: true, share: 0 });
      } else {
        // Straight above or below: centred on the line, or ending or starting at it near a panel's edge.
        for (const anchor of ["middle", "end", "start"] as const)
          out.push({ x: px, y: baseline, anchor, lines, leader: true, share: 0 });
      }
    }
  }
  return out;
}

/**
 * Where a label may go, best first.
 * - point: beside its dot (right, left, above, below), then further out with a leader line;
 * - area: centred on the country's point, then nudged around it, as long as most of it lies on the
 *   country; then set apart in open space with a leader line (a small country: El Salvador);
 * - sea: centred on the sea's point, then nudged around it, on one line and then on two, always on water.
 */
export function candidates(place: MapPlace, x: number, y: number, size: number): Candidate[] {
  const one = [place.label];
  const two = twoLines(place.label);
  if (place.kind === "point") {
    const gap = LAYOUT_RADIUS + 3;
    const beside = (lines: string[]): Candidate[] => {
      const mid = y + size * 0.3 - (size * LINE_HEIGHT * (lines.length - 1)) / 2; // centres the text on the dot
      const below = y + gap + size * 0.8;
      const above = y - gap - size * 0.25 - size * LINE_HEIGHT * (lines.length - 1);
      return [
        { x: x + gap, y: mid, anchor: "start", lines, leader: false, share: 0 },
        { x: x - gap, y: mid, anchor: "end", lines, leader: false, share: 0 },
        { x, y: above, anchor: "middle", lines, leader: false, share: 0 },
        { x, y: below, anchor: "middle", lines, leader: false, share: 0 },
      ];
    };
    return [
      ...beside(one),
      ...(two ? beside(two) : []),
      ...setApart(x, y, size, one, FAR),
      ...(two ? setApart(x, y, size, two, FAR) : []),
    ];
  }
  const nudges: [number, number][] = [[0, 0]];
  const reach = place.kind === "sea" ? [6, 12, 18, 24, 32, 40] : [4, 8, 12];
  for (const r of reach) nudges.push([0, r], [0, -r], [r, 0], [-r, 0], [r, r], [-r, r], [r, -r], [-r, -r]);
  const centred = (lines: string[], share: number) =>
    nudges.map(([dx, dy]) => ({
      x: x + dx,
      y: y + dy + size * 0.35 - (size * LINE_HEIGHT * (lines.length - 1)) / 2,
      anchor: "middle" as const,
      lines,
      leader: false,
      share,
    }));
  if (place.kind === "sea") return [...centred(one, 1), ...(two ? centred(two, 1) : [])];
  // Set apart, on water if it can be near (a long line across other countries would mislead), else nearest.
  const apart = setApart(x, y, size, one, [14, ...FAR]);
  const near = setApart(x, y, size, one, [14, 22]).map((c) => ({ ...c, share: -0.6 }));
  return [...centred(one, 0.6), ...near, ...apart];
}

/** A name of several words broken into two lines, as even as the words allow ("Canal de / Panamá"). */
export function twoLines(label: string): [string, string] | undefined {
  const words = label.split(" ");
  if (words.length < 2) return undefined;
  let best: [string, string] | undefined;
  for (let i = 1; i < words.length; i++) {
    const split: [string, string] = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    if (!best || Math.max(...split.map((l) => l.length)) < Math.max(...best.map((l) => l.length))) best = split;
  }
  return best;
}

/** How big a kind of label is, and how wide a line of it. */
export function labelMetrics(kind: LabelKind): { size: number; width: (line: string) => number } {
  if (kind === "area")
    return { size: AREA_LABEL_SIZE, width: (l) => labelWidth(l.toUpperCase(), AREA_LABEL_SIZE, true, AREA_TRACKING) };
  if (kind === "sea") return { size: SEA_LABEL_SIZE, width: (l) => labelWidth(l, SEA_LABEL_SIZE) };
  return { size: LABEL_SIZE, width: (l) => labelWidth(l, LABEL_SIZE, true) };
}

/**
 * Places every label. Places are laid out in the order given (put the host first, seas last); each label
 * takes the first position that stays in its panel and clear of every label, dot, inset and line already
 * placed. The same layout serves every page, so a reader finds each place in the same spot everywhere.
 */
export function layoutMap<P extends MapPlace>(places: P[], panels: Panel[]): PlacedPlace<P>[] {
  const located = places.map((place) => {
    const panel = panelOf(panels, place.lon, place.lat);
    const [x, y] = panel.projection([place.lon, place.lat])!;
    const ring = place.kind === "area" ? smallCountryRing(panel, place.lon, place.lat) : undefined;
    return { place, panel, x: whole(x), y: whole(y), ring };
  });

  // Every dot and ring, and every inset on the panel around it, is taken before any label is placed.
  const taken = new Map<Panel["id"], Box[]>(panels.map((p) => [p.id, [...p.holes]]));
  for (const { place, panel, x, y, ring } of located) {
    const r = ring ? ring.r + 1 : place.kind === "point" ? LAYOUT_RADIUS : 0;
    if (r) taken.get(panel.id)!.push({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
  }

  const placed: PlacedPlace<P>[] = [];
  // The lines already drawn, which no label or other line may cross: a key rectangle's lines to its inset
  // first, then each leader line as it is placed.
  const leaders: [Point, Point][] = panels.flatMap((p) => p.lines);
  for (const { place, panel, x, y, ring } of located) {
    const { size, width } = labelMetrics(place.kind);
    const frame = innerBox(panel.box);
    const boxes = taken.get(panel.id)!;
    const own = place.kind === "area" ? panel.countries.find((c) => geoContains(c, [place.lon, place.lat])) : undefined;
    const lonLatOf = (p: Point) => panel.projection.invert!([p.x, p.y]);
    const onWater = (p: Point) => {
      const lonLat = lonLatOf(p);
      return lonLat !== null && !geoContains(panel.land, lonLat);
    };
    const onOwn = (p: Point) => {
      const lonLat = lonLatOf(p);
      return lonLat !== null && own !== undefined && geoContains(own, lonLat);
    };
    let chosen: PlacedPlace<P> | undefined;
    for (const candidate of candidates(place, x, y, size)) {
      const textWidth = Math.max(...candidate.lines.map(width));
      // A country's name set apart may slide along, inside the frame, rather than leave it (Uruguay's, on
      // the water at the frame's edge); its line then meets the name's nearest edge.
      const c = place.kind === "area" && candidate.leader ? slideInside(candidate, textWidth, size, frame) : candidate;
      const box = labelBox(c.x, c.y, c.anchor, textWidth, size, c.lines.length);
      if (!inside(box, frame) || boxes.some((t) => overlaps(t, box))) continue;
      if (leaders.some((l) => crosses(l[0], l[1], box))) continue;
      if (c.share !== 0 && shareOf(box, place.kind === "area" && c.share > 0 ? onOwn : onWater) < Math.abs(c.share)) continue;
      let leader: [Point, Point] | undefined;
      if (c.leader) {
        const end =
          c !== candidate
            ? nearestOn(innerBox(box, HALO), { x, y })
            : {
                x: c.x,
                y: c.anchor === "middle" ? (c.y < y ? c.y + size * 0.3 : c.y - size * 0.85) : c.y - size * 0.3,
              };
        const angle = Math.atan2(end.y - y, end.x - x);
        const gap = ring ? ring.r + 1 : place.kind === "point" ? LAYOUT_RADIUS + 1 : 0;
        const start = { x: x + Math.cos(angle) * gap, y: y + Math.sin(angle) * gap };
        leader = [
          { x: whole(start.x), y: whole(start.y) },
          { x: whole(end.x - Math.cos(angle) * 2), y: whole(end.y - Math.sin(angle) * 2) },
        ];
        // The line may not run through another label, dot or inset, nor cross another line.
        const others = boxes.filter((t) => !(x > t.x0 && x < t.x1 && y > t.y0 && y < t.y1));
        if (others.some((t) => crosses(leader![0], leader![1], t))) continue;
        if (leaders.some((l) => segmentsIntersect(l[0], l[1], leader![0], leader![1]))) continue;
      }
      chosen = {
        place,
        panel: panel.id,
        x,
        y,
        label: { x: whole(c.x), y: whole(c.y), anchor: c.anchor, lines: c.lines, box },
        leader,
      };
      break;
    }
    if (!chosen) throw new Error(`the locator map has no room for the label of "${place.id}"`);
    boxes.push(chosen.label.box);
    if (chosen.leader) leaders.push(chosen.leader);
    placed.push(chosen);
  }
  return placed;
}

/** How a place is drawn on one page: the host and a part's own places stand out, the others recede. */
export type PlaceStyle = "host" | "emphasis" | "normal" | "muted";

/** One place as a page shows it. */
export interface MapEntry {
  id: string;
  kind: LabelKind;
  label: string;
  /** Where its link leads, and the link's accessible name (the place, and the passage it leads to). */
  href: string;
  name: string;
  style: PlaceStyle;
  text: PlacedLabel;
  /** A point's dot. */
  dot: (Point & { r: number }) | undefined;
  /** A label set apart: the line back to its place, as SVG path data. */
  leader: string | undefined;
}

export interface MapView {
  /** Every place, in reading order (top to bottom, then left to right): the order of the links. */
  places: MapEntry[];
  /** The seas' names, for orientation (not links). */
  seas: { id: string; text: PlacedLabel }[];
}

/** What the map needs of a place of the explainer (src/lib/explainer.ts `Place`). */
export interface PlaceForMap {
  id: string;
  name: Record<string, string>;
  kind: "country" | "place" | "waterway" | "sea";
  lon: number;
  lat: number;
  host: boolean;
  mentions: { section: string; href: string; sectionTitle: string; sectionNavTitle: string }[];
}

const labelKind = (p: PlaceForMap): LabelKind => (p.kind === "country" ? "area" : p.kind === "sea" ? "sea" : "point");

/** Layouts already computed, by set of places and then by language (the labels' widths differ). */
const layouts = new WeakMap<object, Map<string, PlacedPlace<MapPlace & { source: PlaceForMap }>[]>>();
const panelsOf = new WeakMap<Geography, Panel[]>();

/**
 * The shared layout of a set of places (computed once per build). Whatever order the places come in, they
 * are laid out host first, then nearest the host first, so the crowded isthmus gets the first choice of
 * room, and the seas last; the result is always the same.
 */
function sharedLayout(places: PlaceForMap[], geography: Geography, language: string) {
  let byLanguage = layouts.get(places);
  if (!byLanguage) layouts.set(places, (byLanguage = new Map()));
  let layout = byLanguage.get(language);
  if (!layout) {
    const host = places.find((p) => p.host) ?? places[0]!;
    const distance = (p: PlaceForMap) => Math.hypot(p.lon - host.lon, p.lat - host.lat);
    const ordered = [...places].sort(
      (a, b) =>
        Number(a.kind === "sea") - Number(b.kind === "sea") ||
        Number(b.host) - Number(a.host) ||
        distance(a) - distance(b) ||
        (a.id < b.id ? -1 : 1),
    );
    let panels = panelsOf.get(geography);
    if (!panels) panelsOf.set(geography, (panels = mapPanels(geography)));
    layout = layoutMap(
      ordered.map((p) => ({ id: p.id, label: nameIn(p, language), lon: p.lon, lat: p.lat, kind: labelKind(p), source: p })),
      panels,
    );
    byLanguage.set(language, layout);
  }
  return layout;
}

function nameIn(place: PlaceForMap, language: string): string {
  const name = place.name[language];
  if (!name) throw new Error(`place "${place.id}" has no name in "${language}"`);
  return name;
}

const DOT_OF: Record<PlaceStyle, number> = {
  host: DOT_RADIUS.emphasis,
  emphasis: DOT_RADIUS.emphasis,
  normal: DOT_RADIUS.normal,
  muted: DOT_RADIUS.muted,
};

/**
 * The locator map of one page: `page` is the part being read ("introduction" for the home page). On the
 * home page every place is drawn alike and the host stands out; on a part, its own places stand out, the
 * others recede, and each link leads to the passage on that page. Places come in reading order, which is
 * also the keyboard order. `nameOf` gives each link its accessible name in the page's language (the
 * dictionary's `mapPlaceName`).
 */
export function locatorMapView(
  places: PlaceForMap[],
  page: string,
  geography: Geography,
  language = "en",
  nameOf: (place: string, part: string) => string = (place, part) => `${place}: see ${part}`,
): MapView {
  const layout = sharedLayout(places, geography, language);
  const home = page === "introduction";
  const entries: MapEntry[] = [];
  const seas: MapView["seas"] = [];
  for (const p of layout) {
    const source = p.place.source;
    if (p.place.kind === "sea") {
      seas.push({ id: source.id, text: p.label });
      continue;
    }
    const here = source.mentions.find((m) => m.section === page);
    const target = here ?? source.mentions[0]!;
    const style: PlaceStyle = home ? (source.host ? "host" : "normal") : here ? "emphasis" : "muted";
    entries.push({
      id: source.id,
      kind: p.place.kind,
      label: p.place.label,
      href: target.href,
      name: nameOf(p.place.label, target.sectionNavTitle),
      style,
      text: p.label,
      dot: p.place.kind === "point" ? { x: p.x, y: p.y, r: DOT_OF[style] } : undefined,
      leader: p.leader
        ? `M${p.leader[0].x} ${p.leader[0].y}l${p.leader[1].x - p.leader[0].x} ${p.leader[1].y - p.leader[0].y}`
        : undefined,
    });
  }
  entries.sort((a, b) => a.text.box.y0 - b.text.box.y0 || a.text.box.x0 - b.text.box.x0);
  return { places: entries, seas };
}
