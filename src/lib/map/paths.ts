/** SVG path data in the frame's units, compacted: what keeps the base map a small file. */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { whole, type Box, type Point } from "./geometry";

/** A closed SVG path through the points. */
export const ringPath = (loop: Point[]) => `M${loop.map((p) => `${p.x} ${p.y}`).join("L")}Z`;
/** A rectangle as an SVG path, for an even-odd fill or clip. */
export const boxPath = (b: Box) => `M${b.x0} ${b.y0}H${b.x1}V${b.y1}H${b.x0}Z`;

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
