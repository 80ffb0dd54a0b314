/** The panels of a frame (inset, main map, world map, as the frame has them): their projections and what each shows. */
import { geoContains, geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { INSET_BOX, LAYOUT_RADIUS, MAP_HEIGHT, MAP_WIDTH, REGION_FRAME, WORLD_BOX, type MapFrame } from "./frame";
import { boundsOf, innerBox, whole, type Box, type Point } from "./geometry";
import {
  countriesOf,
  insetProjection,
  keyOutline,
  landOf,
  regionProjection,
  worldProjection,
  type Geography,
} from "./projection";

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

/**
 * A country drawn smaller than this, in square frame units, on its panel (Italy on the world map) is too
 * small to find: it gets a ring round it, as a newsroom marks a small country, and its name's line starts
 * at the ring.
 */
export const SMALL_COUNTRY_AREA = 12;
export const RING_RADIUS = 5;

/** The panels of a frame, in the order inset, main, world (those it has), with their projections and what each draws. */
export function mapPanels(geography: Geography, frame: MapFrame = REGION_FRAME): Panel[] {
  // In a frame without an inset, the main map is drawn at the inset's scale, from the same outlines.
  const mainGeography = frame.inset ? geography.coarse : geography.detailed;
  const main = regionProjection(geography.coarse, frame);
  const inset = insetProjection();
  const world = worldProjection();
  const worldKey = keyOutline({ x0: 0, y0: 0, x1: MAP_WIDTH, y1: MAP_HEIGHT }, main, world, 4);
  const insetKey = frame.inset ? keyOutline(INSET_BOX, inset, main, 1) : undefined;
  const holes = [...(frame.inset ? [INSET_BOX] : []), ...(frame.world ? [WORLD_BOX] : [])];
  const panels: Panel[] = [
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
      holes: holes.map((b) => innerBox(b, -2)),
      lines: insetKey ? zoomLines(boundsOf(insetKey), innerBox(INSET_BOX, 0.5)) : [],
      land: landOf(mainGeography),
      countries: countriesOf(mainGeography),
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
  return panels.filter((p) => p.id === "main" || frame[p.id]);
}

const panelsByGeography = new WeakMap<Geography, Map<string, Panel[]>>();
/** The panels of a geography in a frame, computed once per build (every page's map and base map address uses them). */
export function panelsFor(geography: Geography, frame: MapFrame = REGION_FRAME): Panel[] {
  let byFrame = panelsByGeography.get(geography);
  if (!byFrame) panelsByGeography.set(geography, (byFrame = new Map()));
  let panels = byFrame.get(frame.id);
  if (!panels) byFrame.set(frame.id, (panels = mapPanels(geography, frame)));
  return panels;
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
 * clear of the panel's edge and holes; undefined when none does (a place outside a frame with no world map).
 */
export function panelHolding(panels: Panel[], lon: number, lat: number): Panel | undefined {
  for (const panel of panels) {
    const point = panel.projection([lon, lat]);
    if (!point) continue;
    const room = innerBox(panel.box, LAYOUT_RADIUS);
    const [x, y] = point;
    const inBox = x >= room.x0 && x <= room.x1 && y >= room.y0 && y <= room.y1;
    const inHole = panel.holes.some((h) => x >= h.x0 && x <= h.x1 && y >= h.y0 && y <= h.y1);
    if (inBox && !inHole) return panel;
  }
  return undefined;
}

/** The panel that shows a place (panelHolding), or else the last panel: the world map shows everything. */
export const panelOf = (panels: Panel[], lon: number, lat: number): Panel =>
  panelHolding(panels, lon, lat) ?? panels[panels.length - 1]!;
