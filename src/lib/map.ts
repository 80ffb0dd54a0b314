/**
 * The locator map, drawn at build time. Pure: Natural Earth outlines (the `world-atlas` TopoJSON) go in,
 * SVG text and marker positions come out.
 *
 * - `regionProjection` fits a Lambert azimuthal equal-area projection to Mexico, Chile and Uruguay and
 *   clips it to the frame, so countries outside the frame cost nothing.
 * - `basemapSvg` draws the land, the borders and the host country as one small SVG file, shared (and
 *   cached) by every page.
 * - `layoutMap` places each marker and its label so that no label overlaps another label or marker or
 *   leaves the frame; places outside the frame (China, Italy) go to a "beyond the map" list instead.
 *
 * Everything is in the frame's own units (a viewBox of MAP_WIDTH × MAP_HEIGHT), rounded, so the output is
 * deterministic and small.
 */
import { geoAzimuthalEqualArea, geoContains, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiLineString } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export const MAP_WIDTH = 300;
export const MAP_HEIGHT = 400;
/** Space kept free inside the frame's edge for labels, markers and their halos. */
export const MAP_MARGIN = 4;
/** The countries the frame is fitted to: Mexico, Chile, Uruguay (ISO 3166-1 numeric, as in Natural Earth). */
export const FRAME_COUNTRIES = ["484", "152", "858"];
/** The centre of the projection: the middle of Latin America, so the region is drawn with little distortion. */
export const MAP_CENTRE: [lon: number, lat: number] = [-78, -5];
/** Label size in frame units; at 320 px a frame unit is about 0.96 px. */
export const LABEL_SIZE = 12;

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

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

/** What the map needs of one place. */
export interface MapPlace {
  id: string;
  label: string;
  lon: number;
  lat: number;
}

/** How a marker looks on a given page; the layout keeps room for the largest. */
export const MARKER_RADIUS = { host: 5, emphasis: 4.5, normal: 3.5, muted: 3 } as const;
const LAYOUT_RADIUS = 5;

export interface PlacedLabel {
  /** Where the text is anchored, and how (SVG text-anchor). */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** The room kept for the text: its estimated extent, with the halo. */
  box: Box;
}

export interface PlacedMarker<P extends MapPlace = MapPlace> {
  place: P;
  x: number;
  y: number;
  label: PlacedLabel;
  /** A line from the marker to a label set apart from it, when the label could not sit beside it. */
  leader: [Point, Point] | undefined;
}

export interface MapLayout<P extends MapPlace = MapPlace> {
  markers: PlacedMarker<P>[];
  /** Places outside the frame, with the box their note takes (bottom right), if any. */
  beyond: { places: P[]; heading: PlacedLabel; items: PlacedLabel[] } | undefined;
}

/** Frame units are about a pixel: whole units are precise enough and keep the markup small. */
const whole = (n: number) => Math.round(n);

function countriesOf(topology: CountriesTopology): FeatureCollection<Geometry, { name: string }> {
  return feature(topology, topology.objects.countries);
}

/** Lambert azimuthal equal-area, centred on the region, fitted to FRAME_COUNTRIES and clipped to the frame. */
export function regionProjection(topology: CountriesTopology): GeoProjection {
  const countries = countriesOf(topology);
  const fitted: FeatureCollection = {
    type: "FeatureCollection",
    features: countries.features.filter((f) => FRAME_COUNTRIES.includes(String(f.id))),
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

/** The Natural Earth country that contains a point, if any. */
export function countryAt(
  topology: CountriesTopology,
  lon: number,
  lat: number,
): Feature<Geometry, { name: string }> | undefined {
  return countriesOf(topology).features.find((f) => geoContains(f, [lon, lat]));
}

/**
 * The shared base map as a standalone SVG file: land, country borders and the host country. Neutral grey
 * with transparency, so the same file reads on a light page, a dark page, in forced colours and on paper.
 */
export function basemapSvg(topology: CountriesTopology, host: { lon: number; lat: number } | undefined): string {
  const projection = regionProjection(topology);
  const path = geoPath(projection).digits(0);
  const land = path(feature(topology, topology.objects.land)) ?? "";
  const borders = path(mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString) ?? "";
  const hostCountry = host ? countryAt(topology, host.lon, host.lat) : undefined;
  const hostPath = hostCountry ? (path(hostCountry) ?? "") : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">` +
    `<path d="${land}" fill="#888" fill-opacity=".28"/>` +
    (hostPath ? `<path d="${hostPath}" fill="#888" fill-opacity=".6"/>` : "") +
    `<path d="${borders}" fill="none" stroke="#888" stroke-width=".8"/>` +
    `</svg>\n`
  );
}

/**
 * Estimated width of a label in frame units. Deliberately generous (system sans-serif fonts differ):
 * the browser test measures the real boxes at 320 px.
 */
export function labelWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[ilj.,'’!|]/.test(ch)) em += 0.3;
    else if (/[ frt]/.test(ch)) em += 0.4;
    else if (/[mwMW]/.test(ch)) em += 0.95;
    else if (/[A-Z]/.test(ch)) em += 0.74;
    else em += 0.6;
  }
  return em * size * (bold ? 1.1 : 1);
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, frame: Box) => a.x0 >= frame.x0 && a.y0 >= frame.y0 && a.x1 <= frame.x1 && a.y1 <= frame.y1;
const HALO = 1.5;

/** The box of a label whose text is anchored at (x, y) on its baseline. */
function labelBox(x: number, y: number, anchor: PlacedLabel["anchor"], width: number, size: number): Box {
  const x0 = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  return { x0: x0 - HALO, y0: y - size * 0.8 - HALO, x1: x0 + width + HALO, y1: y + size * 0.25 + HALO };
}

/** Does the segment a-b pass through the box? (Sampled; the segments are short.) */
function crosses(a: Point, b: Point, box: Box): boolean {
  for (let t = 0; t <= 1; t += 0.05) {
    const x = a.x + (b.x - a.x) * t;
    const y = a.y + (b.y - a.y) * t;
    if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
  }
  return false;
}

/** Where a label may go around its marker, best first: beside it, then further out with a leader line. */
function candidates(x: number, y: number, size: number) {
  const gap = LAYOUT_RADIUS + 3;
  const mid = y + size * 0.3; // baseline that centres the text on the marker
  const out: { x: number; y: number; anchor: PlacedLabel["anchor"]; leader: boolean }[] = [
    { x: x + gap, y: mid, anchor: "start", leader: false },
    { x: x - gap, y: mid, anchor: "end", leader: false },
    { x, y: y - gap, anchor: "middle", leader: false },
    { x, y: y + gap + size * 0.8, anchor: "middle", leader: false },
  ];
  // Further out, along eight directions, with a line back to the marker.
  const directions: [number, number][] = [
    [-1, 0],
    [1, 0],
    [-1, 1],
    [1, -1],
    [-1, -1],
    [1, 1],
    [0, 1],
    [0, -1],
  ];
  for (const distance of [22, 34, 48, 64, 82]) {
    for (const [dx, dy] of directions) {
      const norm = Math.hypot(dx, dy);
      const px = x + (dx / norm) * distance;
      const py = y + (dy / norm) * distance;
      const anchor = dx < 0 ? "end" : dx > 0 ? "start" : "middle";
      const baseline = dy < 0 ? py : dy > 0 ? py + size * 0.8 : py + size * 0.3;
      out.push({ x: px + (dx < 0 ? -2 : dx > 0 ? 2 : 0), y: baseline, anchor, leader: true });
    }
  }
  return out;
}

/**
 * Places every marker and label. Places are laid out in the order given (put the host first); each label
 * takes the first position that stays in the frame and clear of every label, marker and note already
 * placed. The same layout serves every page, so a reader finds each place in the same spot everywhere.
 */
export function layoutMap<P extends MapPlace>(places: P[], projection: GeoProjection, size = LABEL_SIZE): MapLayout<P> {
  const frame: Box = { x0: MAP_MARGIN, y0: MAP_MARGIN, x1: MAP_WIDTH - MAP_MARGIN, y1: MAP_HEIGHT - MAP_MARGIN };
  const projected = places.map((place) => {
    const point = projection([place.lon, place.lat]);
    const within =
      point !== null &&
      inside(
        {
          x0: point[0] - LAYOUT_RADIUS,
          y0: point[1] - LAYOUT_RADIUS,
          x1: point[0] + LAYOUT_RADIUS,
          y1: point[1] + LAYOUT_RADIUS,
        },
        frame,
      );
    return { place, point: within ? { x: whole(point[0]), y: whole(point[1]) } : undefined };
  });

  const taken: Box[] = [];
  // Every marker's dot is taken before any label is placed.
  for (const { point } of projected) {
    if (point)
      taken.push({
        x0: point.x - LAYOUT_RADIUS,
        y0: point.y - LAYOUT_RADIUS,
        x1: point.x + LAYOUT_RADIUS,
        y1: point.y + LAYOUT_RADIUS,
      });
  }

  // The note for places beyond the frame, in the bottom-right corner (the South Atlantic).
  const outside = projected.filter((p) => !p.point).map((p) => p.place);
  let beyond: MapLayout<P>["beyond"];
  if (outside.length > 0) {
    const lineHeight = size * 1.3;
    const headingText = BEYOND_HEADING;
    const right = Math.floor(frame.x1 - HALO);
    let baseline = Math.floor(frame.y1 - HALO - size * 0.25 - lineHeight * outside.length);
    const heading: PlacedLabel = {
      x: right,
      y: baseline,
      anchor: "end",
      box: labelBox(right, baseline, "end", labelWidth(headingText, size, true), size),
    };
    const items = outside.map((place) => {
      baseline += Math.ceil(lineHeight);
      return {
        x: right,
        y: baseline,
        anchor: "end" as const,
        box: labelBox(right, baseline, "end", labelWidth(place.label, size), size),
      };
    });
    taken.push(heading.box, ...items.map((i) => i.box));
    beyond = { places: outside, heading, items };
  }

  const markers: PlacedMarker<P>[] = [];
  const leaders: [Point, Point][] = [];
  for (const { place, point } of projected) {
    if (!point) continue;
    const width = labelWidth(place.label, size, true);
    let chosen: PlacedMarker<P> | undefined;
    for (const c of candidates(point.x, point.y, size)) {
      const box = labelBox(c.x, c.y, c.anchor, width, size);
      if (!inside(box, frame) || taken.some((t) => overlaps(t, box))) continue;
      let leader: [Point, Point] | undefined;
      if (c.leader) {
        const end = {
          x: c.x,
          y: c.anchor === "middle" ? (c.y < point.y ? c.y + size * 0.3 : c.y - size * 0.85) : c.y - size * 0.3,
        };
        const angle = Math.atan2(end.y - point.y, end.x - point.x);
        const start = { x: point.x + Math.cos(angle) * (LAYOUT_RADIUS + 1), y: point.y + Math.sin(angle) * (LAYOUT_RADIUS + 1) };
        leader = [
          { x: whole(start.x), y: whole(start.y) },
          { x: whole(end.x - Math.cos(angle) * 2), y: whole(end.y - Math.sin(angle) * 2) },
        ];
        // The line may not run through another label or marker, nor cross another line.
        const others = taken.filter((t) => !(point.x > t.x0 && point.x < t.x1 && point.y > t.y0 && point.y < t.y1));
        if (others.some((t) => crosses(leader![0], leader![1], t))) continue;
        if (leaders.some((l) => segmentsIntersect(l[0], l[1], leader![0], leader![1]))) continue;
      }
      chosen = { place, x: point.x, y: point.y, label: { x: whole(c.x), y: whole(c.y), anchor: c.anchor, box }, leader };
      break;
    }
    if (!chosen) throw new Error(`the locator map has no room for the label of "${place.id}"`);
    taken.push(chosen.label.box);
    if (chosen.leader) leaders.push(chosen.leader);
    markers.push(chosen);
  }
  return { markers, beyond };
}

/**
 * The heading of the note that lists places beyond the frame, as the layout measures it. The map shows
 * the dictionary's `mapBeyondHeading`, which should stay no longer than this in any language.
 */
export const BEYOND_HEADING = "Beyond the map";

function segmentsIntersect(a: Point, b: Point, c: Point, d: Point): boolean {
  const cross = (p: Point, q: Point, r: Point) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** How a place is drawn on one page. */
export type MarkerStyle = "host" | "emphasis" | "normal" | "muted";

/** One place as a page shows it: where its marker and label go, where its link leads, and its link's name. */
export interface MapEntry {
  id: string;
  label: string;
  href: string;
  /** The link's accessible name: the place, and the passage it leads to. */
  name: string;
  style: MarkerStyle;
}

export interface MapView {
  markers: (MapEntry & { x: number; y: number; r: number; label: string; text: PlacedLabel; leader: string | undefined })[];
  beyond: { heading: PlacedLabel; items: (MapEntry & { text: PlacedLabel })[] } | undefined;
  /** Every place, in the order of the markers and then the note: the visible list under the map. */
  list: MapEntry[];
}

/** What the map needs of a place of the explainer (src/lib/explainer.ts `Place`). */
export interface PlaceForMap {
  id: string;
  name: Record<string, string>;
  lon: number;
  lat: number;
  host: boolean;
  mentions: { section: string; href: string; sectionTitle: string; sectionNavTitle: string }[];
}

/** Layouts already computed, by set of places and then by language (the labels' widths differ). */
const layouts = new WeakMap<object, Map<string, MapLayout<MapPlace & { source: PlaceForMap }>>>();

/**
 * The shared layout of a set of places (computed once per build). Whatever order the places come in, they
 * are laid out host first, then nearest the host first, so the crowded isthmus gets the first choice of
 * room and the result is always the same.
 */
function sharedLayout(places: PlaceForMap[], topology: CountriesTopology, language: string) {
  let byLanguage = layouts.get(places);
  if (!byLanguage) layouts.set(places, (byLanguage = new Map()));
  let layout = byLanguage.get(language);
  if (!layout) {
    const host = places.find((p) => p.host) ?? places[0]!;
    const distance = (p: PlaceForMap) => Math.hypot(p.lon - host.lon, p.lat - host.lat);
    const ordered = [...places].sort(
      (a, b) => Number(b.host) - Number(a.host) || distance(a) - distance(b) || (a.id < b.id ? -1 : 1),
    );
    layout = layoutMap(
      ordered.map((p) => ({ id: p.id, label: nameIn(p, language), lon: p.lon, lat: p.lat, source: p })),
      regionProjection(topology),
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

/**
 * The locator map of one page: `page` is the part being read ("introduction" for the home page). On the
 * home page every place is drawn alike and the host stands out; on a part, its own places stand out and
 * each marker leads to the passage on that page. Markers come in reading order (north to south, then west
 * to east), which is also the keyboard order and the order of the list. `nameOf` gives each link its
 * accessible name in the page's language (the dictionary's `mapPlaceName`).
 */
export function locatorMapView(
  places: PlaceForMap[],
  page: string,
  topology: CountriesTopology,
  language = "en",
  nameOf: (place: string, part: string) => string = (place, part) => `${place}: see ${part}`,
): MapView {
  const layout = sharedLayout(places, topology, language);
  const home = page === "introduction";
  const entryOf = (source: PlaceForMap, label: string): MapEntry => {
    const here = source.mentions.find((m) => m.section === page);
    const target = here ?? source.mentions[0]!;
    const style: MarkerStyle = home ? (source.host ? "host" : "normal") : here ? "emphasis" : "muted";
    return { id: source.id, label, href: target.href, name: nameOf(label, target.sectionNavTitle), style };
  };
  const markers = layout.markers
    .map((m) => ({
      ...entryOf(m.place.source, m.place.label),
      x: m.x,
      y: m.y,
      text: m.label,
      leader: m.leader ? `M${m.leader[0].x} ${m.leader[0].y}L${m.leader[1].x} ${m.leader[1].y}` : undefined,
    }))
    .map((m) => ({ ...m, r: markerRadius(m.style) }))
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const beyond = layout.beyond && {
    heading: layout.beyond.heading,
    items: layout.beyond.places.map((p, i) => ({ ...entryOf(p.source, p.label), text: layout.beyond!.items[i]! })),
  };
  return {
    markers,
    beyond,
    list: [...markers, ...(beyond?.items ?? [])].map(({ id, label, href, name, style }) => ({ id, label, href, name, style })),
  };
}

const markerRadius = (style: MarkerStyle): number => MARKER_RADIUS[style];
