/**
 * The locator map, drawn at build time. Pure: Natural Earth outlines (the `world-atlas` TopoJSON) go in,
 * SVG text and label positions come out.
 *
 * A frame per page (frame.ts `frameOf`): the region frame, on the home page and most parts, has three
 * panels, as a newsroom locator map is drawn (Borders has the isthmus, southern Mexico to Colombia, on the
 * main map alone, from the 1:50 million outlines):
 * - the main map, Mexico to Chile (Lambert azimuthal equal-area), land clipped to the frame on water;
 * - an inset of Panama (Mercator, 1:50 million outlines), where the host, the Canal and the Darién Gap can
 *   be told apart, with a key rectangle on the main map showing what it covers;
 * - a small world map (Equal Earth) with Italy and China, the places beyond the region, and a key shape of
 *   the main map.
 *
 * By job:
 * - frame.ts: the frame's size, where the panels sit in it, and the frames by part; geometry.ts: points and boxes in its units;
 * - projection.ts: Natural Earth's outlines and the three projections; panels.ts: what each panel shows;
 * - paths.ts: compact SVG path data; basemap.ts: the SVG file of each frame (/map.svg, /map-borders.svg), in the design tokens' colours;
 * - labels.ts: where every name goes (`layoutMap`); view.ts: the map of one page (`locatorMapView`).
 *
 * This entry is what the site's pages and routes use; tests import the modules themselves.
 */
export { MAP_HEIGHT, MAP_MIN_WIDTH, MAP_WIDTH } from "./frame";
export type { CountriesTopology, Geography } from "./projection";
export { basemapHref, basemapSvg, SWATCHES, type BasemapPlace } from "./basemap";
export { locatorMapView, type MapEntry, type MapView, type PlaceForMap, type PlaceStyle } from "./view";
