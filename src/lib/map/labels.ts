/**
 * Where every name goes. `layoutMap` places each label (areas centred in their country, points beside their
 * dot, seas in open water) so that none overlaps another label, a dot or an inset, crosses a line, or leaves
 * its panel; the build stops, naming the place, when no position is free. Widths are estimated, not
 * measured: the browser test checks the real boxes.
 */
import { geoContains } from "d3-geo";
import { LAYOUT_RADIUS, MAP_MARGIN } from "./frame";
import {
  crosses,
  innerBox,
  inside,
  nearestOn,
  overlaps,
  segmentsIntersect,
  shareOf,
  whole,
  type Box,
  type Point,
} from "./geometry";
import { panelOf, smallCountryRing, type Panel } from "./panels";

/**
 * Label sizes in frame units, by rank: a point's name (sentence case, beside its dot), a country's (small
 * capitals, regular, letter-spaced by `tracking` em), the host's (the same, bold and a size up), a sea's
 * (italic). The page sets each label at its size; CSS sets weight, case and colour.
 */
export interface LabelSizes {
  point: number;
  area: number;
  host: number;
  sea: number;
  tracking: number;
}
/**
 * Two label sets over one base map. WIDE serves a map drawn at least WIDE_MIN_PX wide, where its smallest
 * name (the country's, 9 units) is 12 px or more; PHONE serves narrower maps, down to 273 px (a 320 px
 * phone), with every name at 13.5 units or more, so at least 12.3 px on screen. The component swaps them
 * with a container query (global.css), so each layout is checked for collisions at build.
 */
export const WIDE_LABELS: LabelSizes = { point: 10.5, area: 9, host: 10.5, sea: 10, tracking: 0.08 };
export const PHONE_LABELS: LabelSizes = { point: 13.3, area: 13.3, host: 14, sea: 13.3, tracking: 0.05 };
export const WIDE_MIN_PX = 400;
/** Two leader lines keep at least this far apart (Guatemala's and El Salvador's once ran 3 units apart). */
export const LEADER_GAP = 8;
/** The share of a country's name, set across it, that must lie on the country. */
export const AREA_SHARE = 0.8;
/** A leader line shorter than this is left out. */
const MIN_LEADER = 4;

/** How a place is labelled: a country's name across its area, a point's beside a dot, a sea's in open water. */
export type LabelKind = "area" | "point" | "sea";

/** What the layout needs of one place. */
export interface MapPlace {
  id: string;
  label: string;
  lon: number;
  lat: number;
  kind: LabelKind;
  /** The host: its name is the strongest on the map. */
  host?: boolean;
}

export interface PlacedLabel {
  /** Where the first line is anchored, on its baseline, and how (SVG text-anchor). */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** The text, one line or (a sea's) two. */
  lines: string[];
  /** Its font size, in frame units. */
  size: number;
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

/** A candidate moved sideways just enough for its text to lie inside the frame (itself when it already does). */
function slideInside(c: Candidate, width: number, size: number, frame: Box): Candidate {
  const box = labelBox(c.x, c.y, c.anchor, width, size, c.lines.length);
  const shift = box.x0 < frame.x0 ? frame.x0 - box.x0 : box.x1 > frame.x1 ? frame.x1 - box.x1 : 0;
  return shift === 0 || box.x1 - box.x0 > frame.x1 - frame.x0 ? c : { ...c, x: c.x + shift };
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
  /** Where its leader line ends, when not at the anchor (a name beside the line's end). */
  tip?: Point;
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
        // Straight above or below: centred on the line, or ending or starting just beside it near a panel's
        // edge (the line then meets the name's corner, not its last letter).
        const tip = { x: px, y: dy > 0 ? baseline - size * 0.85 : baseline + size * 0.3 };
        out.push({ x: px, y: baseline, anchor: "middle", lines, leader: true, share: 0 });
        out.push({ x: px - 3, y: baseline, anchor: "end", lines, leader: true, share: 0, tip });
        out.push({ x: px + 3, y: baseline, anchor: "start", lines, leader: true, share: 0, tip });
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
    // A name on one line reads better than the same name broken in two ("Darién / Gap"): above or below
    // its dot, ending or starting just past it, before any two-line position (design review r6).
    const overhang = (lines: string[]): Candidate[] =>
      beside(lines)
        .slice(2)
        .flatMap((c) => [
          { ...c, x: x + 3, anchor: "end" as const },
          { ...c, x: x - 3, anchor: "start" as const },
        ]);
    return [
      ...beside(one),
      ...overhang(one),
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
  // A name across its country keeps most of itself on it, so it does not run over the borders (Venezuela's).
  return [...centred(one, AREA_SHARE), ...near, ...apart];
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

/** How big a label is, and how wide a line of it, in a set of sizes. */
export function labelMetrics(
  place: Pick<MapPlace, "kind" | "host">,
  sizes: LabelSizes,
): { size: number; width: (line: string) => number } {
  if (place.kind === "area") {
    const size = place.host ? sizes.host : sizes.area;
    return { size, width: (l) => labelWidth(l.toUpperCase(), size, place.host, sizes.tracking * size) };
  }
  if (place.kind === "sea") return { size: sizes.sea, width: (l) => labelWidth(l, sizes.sea) };
  return { size: sizes.point, width: (l) => labelWidth(l, sizes.point) };
}

/** The shortest distance between two segments (0 when they cross). */
export function segmentGap(a: [Point, Point], b: [Point, Point]): number {
  if (segmentsIntersect(a[0], a[1], b[0], b[1])) return 0;
  const toSegment = (p: Point, [s, e]: [Point, Point]) => {
    const dx = e.x - s.x;
    const dy = e.y - s.y;
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - s.x) * dx + (p.y - s.y) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(p.x - (s.x + t * dx), p.y - (s.y + t * dy));
  };
  return Math.min(toSegment(a[0], b), toSegment(a[1], b), toSegment(b[0], a), toSegment(b[1], a));
}

/**
 * Places every label. Places are laid out in the order given (put the host first, seas last); each label
 * takes the first position that stays in its panel and clear of every label, dot, inset and line already
 * placed. The same layout serves every page, so a reader finds each place in the same spot everywhere.
 */
export function layoutMap<P extends MapPlace>(places: P[], panels: Panel[], sizes: LabelSizes = WIDE_LABELS): PlacedPlace<P>[] {
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
  const keyLines: [Point, Point][] = panels.flatMap((p) => p.lines);
  const leaders: [Point, Point][] = [...keyLines];
  for (const { place, panel, x, y, ring } of located) {
    const { size, width } = labelMetrics(place, sizes);
    const frame = innerBox(panel.box, MAP_MARGIN);
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
      // On the small world map a name across its country would hide the country (China's): it goes beside
      // it, and does not slide back over it.
      const world = panel.id === "world" && place.kind === "area";
      if (world && !candidate.leader) continue;
      const c = place.kind === "area" && candidate.leader && !world ? slideInside(candidate, textWidth, size, frame) : candidate;
      const box = labelBox(c.x, c.y, c.anchor, textWidth, size, c.lines.length);
      if (!inside(box, frame) || boxes.some((t) => overlaps(t, box))) continue;
      if (leaders.some((l) => crosses(l[0], l[1], box))) continue;
      if (c.share !== 0 && shareOf(box, place.kind === "area" && c.share > 0 ? onOwn : onWater) < Math.abs(c.share)) continue;
      let leader: [Point, Point] | undefined;
      if (c.leader) {
        const end =
          c !== candidate
            ? nearestOn(innerBox(box, HALO), { x, y })
            : (c.tip ?? {
                x: c.x,
                y: c.anchor === "middle" ? (c.y < y ? c.y + size * 0.3 : c.y - size * 0.85) : c.y - size * 0.3,
              });
        const angle = Math.atan2(end.y - y, end.x - x);
        const gap = ring ? ring.r + 1 : place.kind === "point" ? LAYOUT_RADIUS + 1 : 0;
        const start = { x: x + Math.cos(angle) * gap, y: y + Math.sin(angle) * gap };
        leader = [
          { x: whole(start.x), y: whole(start.y) },
          { x: whole(end.x - Math.cos(angle) * 2), y: whole(end.y - Math.sin(angle) * 2) },
        ];
        // A name slid back over its own place (China's, on the world map) needs no stub of a line.
        if (Math.hypot(leader[1].x - leader[0].x, leader[1].y - leader[0].y) < MIN_LEADER) leader = undefined;
      }
      if (leader) {
        // The line may not run through another label, dot or inset, nor cross another line.
        const others = boxes.filter((t) => !(x > t.x0 && x < t.x1 && y > t.y0 && y < t.y1));
        if (others.some((t) => crosses(leader![0], leader![1], t))) continue;
        if (leaders.some((l) => segmentsIntersect(l[0], l[1], leader![0], leader![1]))) continue;
        // Nor run close beside another place's line, where two would read as one.
        if (leaders.some((l) => !keyLines.includes(l) && segmentGap(l, leader!) < LEADER_GAP)) continue;
      }
      chosen = {
        place,
        panel: panel.id,
        x,
        y,
        label: { x: whole(c.x), y: whole(c.y), anchor: c.anchor, lines: c.lines, size, box },
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
