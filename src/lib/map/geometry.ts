/**
 * Plane geometry in the frame's units (a viewBox of MAP_WIDTH × MAP_HEIGHT, src/lib/map/frame.ts): points,
 * boxes, and the tests the label layout makes of them.
 */
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

/** Frame units are about a pixel: whole units are precise enough and keep the markup small. */
export const whole = (n: number) => Math.round(n);

/** The box shrunk by `margin` on every side (grown, when `margin` is negative). */
export const innerBox = (box: Box, margin: number): Box => ({
  x0: box.x0 + margin,
  y0: box.y0 + margin,
  x1: box.x1 - margin,
  y1: box.y1 - margin,
});

/** The smallest box around the points. */
export function boundsOf(points: Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
export const inside = (a: Box, frame: Box) => a.x0 >= frame.x0 && a.y0 >= frame.y0 && a.x1 <= frame.x1 && a.y1 <= frame.y1;

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

/** The point of a box nearest to p. */
export function nearestOn(box: Box, p: Point): Point {
  return { x: Math.min(Math.max(p.x, box.x0), box.x1), y: Math.min(Math.max(p.y, box.y0), box.y1) };
}
