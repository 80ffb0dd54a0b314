/**
 * The locator map as one page shows it: the shared layout of the places (computed once per set of places
 * and language), with each place's style and link for that page.
 */
import { DOT_RADIUS, frameOf, type MapFrame } from "./frame";
import type { Point } from "./geometry";
import {
  layoutMap,
  PHONE_LABELS,
  WIDE_LABELS,
  type LabelKind,
  type LabelSizes,
  type MapPlace,
  type PlacedLabel,
  type PlacedPlace,
} from "./labels";
import { panelHolding, panelsFor } from "./panels";
import type { Geography } from "./projection";

/** How a place is drawn on one page: the host and a part's own places stand out, the others recede. */
export type PlaceStyle = "host" | "emphasis" | "normal" | "muted";

/** One place as a page shows it. */
export interface MapEntry {
  id: string;
  kind: LabelKind;
  label: string;
  /** The host: its name is the strongest on every page. */
  host: boolean;
  /** Where its link leads, and the link's accessible name (the place, and the passage it leads to). */
  href: string;
  name: string;
  style: PlaceStyle;
  text: PlacedLabel;
  /** A point's dot. */
  dot: (Point & { r: number }) | undefined;
  /** A label set apart: the line back to its place, as SVG path data. */
  leader: string | undefined;
  /** The same name in the phone's larger label set (labels.ts PHONE_LABELS). */
  phone: { text: PlacedLabel; leader: string | undefined };
}

export interface MapView {
  /** Every place, in reading order (top to bottom, then left to right): the order of the links. */
  places: MapEntry[];
  /** The seas' names, for orientation (not links). */
  seas: { id: string; text: PlacedLabel; phone: PlacedLabel }[];
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

/** Layouts already computed, by set of places and then by frame, language and label set (the labels' widths differ). */
const layouts = new WeakMap<object, Map<string, PlacedPlace<MapPlace & { source: PlaceForMap }>[]>>();

/**
 * The shared layout of a set of places (computed once per build). Whatever order the places come in, they
 * are laid out host first, then nearest the host first, so the crowded isthmus gets the first choice of
 * room, and the seas last; the result is always the same.
 */
function sharedLayout(all: PlaceForMap[], frame: MapFrame, geography: Geography, language: string, sizes: LabelSizes) {
  let byLanguage = layouts.get(all);
  if (!byLanguage) layouts.set(all, (byLanguage = new Map()));
  const key = `${frame.id} ${language} ${sizes === PHONE_LABELS ? "phone" : "wide"}`;
  let layout = byLanguage.get(key);
  if (!layout) {
    const panels = panelsFor(geography, frame);
    const places = placesInFrame(all, frame, geography);
    const host = places.find((p) => p.host) ?? places[0]!;
    const distance = (p: PlaceForMap) => Math.hypot(p.lon - host.lon, p.lat - host.lat);
    const ordered = [...places].sort(
      (a, b) =>
        Number(a.kind === "sea") - Number(b.kind === "sea") ||
        Number(b.host) - Number(a.host) ||
        distance(a) - distance(b) ||
        (a.id < b.id ? -1 : 1),
    );
    layout = layoutMap(
      ordered.map((p) => ({
        id: p.id,
        label: nameIn(p, language),
        lon: p.lon,
        lat: p.lat,
        kind: labelKind(p),
        host: p.host,
        source: p,
      })),
      panels,
      sizes,
    );
    byLanguage.set(key, layout);
  }
  return layout;
}

/** How far inside the frame's edge a sea's name is moved when its own point lies outside the frame. */
const SEA_INSET = 40;

/**
 * The places a frame draws: all of them in a frame with a world map (it shows everything); in one without,
 * those inside its panels, and every sea: a sea whose point lies outside is named at the nearest point of
 * the frame SEA_INSET units in from its edge (the Pacific, far off Chile, is named off Central America).
 */
export function placesInFrame<P extends { lon: number; lat: number; kind: string }>(
  places: P[],
  frame: MapFrame,
  geography: Geography,
): P[] {
  if (frame.world) return places;
  const panels = panelsFor(geography, frame);
  const main = panels.find((p) => p.id === "main")!;
  return places.flatMap((p) => {
    if (panelHolding(panels, p.lon, p.lat)) return [p];
    const point = p.kind === "sea" ? main.projection([p.lon, p.lat]) : undefined;
    if (!point) return [];
    const { x0, y0, x1, y1 } = main.box;
    const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo + SEA_INSET), hi - SEA_INSET);
    const lonLat = main.projection.invert!([clamp(point[0], x0, x1), clamp(point[1], y0, y1)]);
    return lonLat ? [{ ...p, lon: lonLat[0], lat: lonLat[1] }] : [];
  });
}

function nameIn(place: PlaceForMap, language: string): string {
  const name = place.name[language];
  if (!name) throw new Error(`place "${place.id}" has no name in "${language}"`);
  return name;
}

const leaderPath = (leader: [Point, Point] | undefined) =>
  leader ? `M${leader[0].x} ${leader[0].y}l${leader[1].x - leader[0].x} ${leader[1].y - leader[0].y}` : undefined;

const DOT_OF: Record<PlaceStyle, number> = {
  host: DOT_RADIUS.emphasis,
  emphasis: DOT_RADIUS.emphasis,
  normal: DOT_RADIUS.normal,
  muted: DOT_RADIUS.muted,
};

/**
 * The locator map of one page: `page` is the part being read ("introduction" for the home page), which
 * also chooses the frame (frame.ts `frameOf`). On the
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
  const frame = frameOf(page);
  const layout = sharedLayout(places, frame, geography, language, WIDE_LABELS);
  const phone = new Map(sharedLayout(places, frame, geography, language, PHONE_LABELS).map((p) => [p.place.id, p]));
  const home = page === "introduction";
  const entries: MapEntry[] = [];
  const seas: MapView["seas"] = [];
  for (const p of layout) {
    const source = p.place.source;
    const small = phone.get(source.id)!;
    if (p.place.kind === "sea") {
      seas.push({ id: source.id, text: p.label, phone: small.label });
      continue;
    }
    const here = source.mentions.find((m) => m.section === page);
    const target = here ?? source.mentions[0]!;
    const style: PlaceStyle = home ? (source.host ? "host" : "normal") : here ? "emphasis" : "muted";
    entries.push({
      id: source.id,
      kind: p.place.kind,
      label: p.place.label,
      host: source.host,
      href: target.href,
      name: nameOf(p.place.label, target.sectionNavTitle),
      style,
      text: p.label,
      dot: p.place.kind === "point" ? { x: p.x, y: p.y, r: DOT_OF[style] } : undefined,
      leader: leaderPath(p.leader),
      phone: { text: small.label, leader: leaderPath(small.leader) },
    });
  }
  entries.sort((a, b) => a.text.box.y0 - b.text.box.y0 || a.text.box.x0 - b.text.box.x0);
  return { places: entries, seas };
}
