/**
 * The frame of the locator map and where its panels sit in it. Everything is in the frame's own units (a
 * viewBox of MAP_WIDTH × MAP_HEIGHT), rounded, so the output is deterministic and small. The layout assumes
 * the map is drawn at least MAP_MIN_WIDTH px wide.
 */
import type { Box } from "./geometry";

export const MAP_WIDTH = 300;
export const MAP_HEIGHT = 400;
/**
 * The narrowest the page may draw the map, in CSS pixels: a 320 px phone less its margins. Any column the
 * layout gives the map (beside the lede, a part's side column, after the text on a phone) should be at
 * least this wide; the map scales up to fill wider ones. Where it is drawn narrower than labels.ts
 * WIDE_MIN_PX, the page shows the phone label set, whose names are 12 px or more from a 273 px drawing up.
 */
export const MAP_MIN_WIDTH = 260;
/** Space kept free inside a panel's edge for labels, markers and their halos. */
export const MAP_MARGIN = 4;

/** The inset of Panama: where it sits in the frame, and the longitudes and latitudes it shows at least. */
export const INSET_BOX: Box = { x0: 3, y0: 146, x1: 161, y1: 256 };
export const INSET_BOUNDS: [west: number, south: number, east: number, north: number] = [-83.1, 7.0, -77.0, 9.8];
/** The world map, in the open Pacific at the bottom left; the globe sits low in it, names may go above. */
export const WORLD_BOX: Box = { x0: 3, y0: 302, x1: 156, y1: 397 };

/** The dot of a point, in every style; the layout keeps room for the largest (LAYOUT_RADIUS). */
export const DOT_RADIUS = { emphasis: 4.5, normal: 4, muted: 3 } as const;
export const LAYOUT_RADIUS = 5;

/**
 * What a frame shows: the main map's projection centre and what it is fitted to (countries by ISO 3166-1
 * numeric code, as in Natural Earth, and points), and whether it carries the inset of Panama and the world
 * map. A part may have a frame of its own, drawn on a base map of its own (basemap.ts `basemapFile`).
 */
export interface MapFrame {
  id: string;
  centre: [lon: number, lat: number];
  countries: string[];
  points: [lon: number, lat: number][];
  inset: boolean;
  world: boolean;
}

/**
 * The frame of the home page and most parts: Mexico to southern Chile, fitted to Mexico and Uruguay, to
 * Chile's coast at the Taitao peninsula (past the places the story names, so the frame does not spend a
 * third of itself on the empty south of the continent) and to the Atlantic off Uruguay (open water beside
 * its name), centred on the middle of Latin America.
 */
export const REGION_FRAME: MapFrame = {
  id: "region",
  centre: [-78, -5],
  countries: ["484", "858"],
  points: [
    [-75.5, -46.5],
    [-47, -34],
  ],
  inset: true,
  world: true,
};

/**
 * Borders: the isthmus, from southern Mexico to Colombia, on one map, where the Darién Gap and the canal
 * are drawn at a scale that tells them apart, so it needs no inset of Panama; the world map would cover
 * the Pacific the migrants' route runs along, so it is left out.
 */
export const ISTHMUS_FRAME: MapFrame = {
  id: "borders",
  centre: [-86, 12],
  countries: [],
  // West to Mexico's heartland, where its name goes; south to Colombia's border with Ecuador, so the
  // frame spends its height on the continent the route comes from rather than on the Gulf of Mexico.
  points: [
    [-103, 22],
    [-73, 5],
    [-77, -2],
  ],
  inset: false,
  world: false,
};

/** Each part's frame; a page not listed (the home page among them) uses REGION_FRAME. */
export const FRAME_OF_PART: Record<string, MapFrame> = { borders: ISTHMUS_FRAME };
export const FRAMES: MapFrame[] = [REGION_FRAME, ISTHMUS_FRAME];
export const frameOf = (page: string): MapFrame => FRAME_OF_PART[page] ?? REGION_FRAME;

/** The base map file of a frame: /map.svg for the region frame, /map-<frame>.svg for a part's own. */
export const basemapFile = (frame: MapFrame): string => (frame === REGION_FRAME ? "/map.svg" : `/map-${frame.id}.svg`);
