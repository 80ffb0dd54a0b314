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
