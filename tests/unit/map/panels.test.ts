import { describe, expect, test } from "vitest";
import { INSET_BOX, MAP_HEIGHT, MAP_WIDTH, WORLD_BOX } from "../../../src/lib/map/frame";
import { boundsOf, innerBox, inside, overlaps, segmentsIntersect, type Box } from "../../../src/lib/map/geometry";
import { panelOf, RING_RADIUS, smallCountryRing, zoomLines } from "../../../src/lib/map/panels";
import { keyOutline } from "../../../src/lib/map/projection";
import { box, panels, places } from "./places";

describe("the panels", () => {
  test.each<[string, number, number, string]>([
    ["the Panama Canal", -79.7, 9.1, "inset"],
    ["the Darién Gap", -77.6, 7.9, "inset"],
    ["Mexico", -102.3, 23.9, "main"],
    ["Chile", -72.3, -38.2, "main"],
    ["Italy", 11.1, 44.7, "world"],
    ["China", 106.3, 32.5, "world"],
  ])("%s is shown on the %s panel", (_name, lon, lat, panel) => {
    expect(panelOf(panels, lon, lat).id).toBe(panel);
  });

  test("the insets lie in the frame, apart from each other", () => {
    for (const b of [INSET_BOX, WORLD_BOX]) expect(inside(b, box(0, 0, MAP_WIDTH, MAP_HEIGHT))).toBe(true);
    expect(overlaps(INSET_BOX, WORLD_BOX)).toBe(false);
  });

  test("the key rectangle on the main map is joined to the inset by two lines, key corners to inset corners", () => {
    const [inset, main] = panels;
    const key = boundsOf(keyOutline(inset!.box, inset!.projection, main!.projection, 1)!);
    expect(main!.lines).toHaveLength(2);
    const corners = (b: Box) => [b.x0, b.x1].flatMap((x) => [b.y0, b.y1].map((y) => `${x} ${y}`));
    for (const [a, b] of main!.lines) {
      expect(corners(key)).toContain(`${a.x} ${a.y}`);
      expect(corners(innerBox(INSET_BOX, 0.5))).toContain(`${b.x} ${b.y}`);
    }
    expect(inset!.lines).toEqual([]);
  });

  test.each<[string, number, number, string, boolean]>([
    ["Italy", 11.1, 44.7, "world", true],
    ["China", 106.3, 32.5, "world", false],
    ["Uruguay", -56, -33, "main", false],
    ["El Salvador", -88.9, 13.7, "main", false],
  ])("%s gets a ring on the %s map: %s", (_name, lon, lat, panel, ring) => {
    const found = smallCountryRing(
      panels.find((p) => p.id === panel)!,
      lon,
      lat,
    );
    expect(found !== undefined).toBe(ring);
    if (found) expect(found.r).toBe(RING_RADIUS);
  });

  test("the key rectangle of the inset on the main map surrounds the host", () => {
    const [inset, main] = panels;
    const key = boundsOf(keyOutline(inset!.box, inset!.projection, main!.projection, 1)!);
    const host = places.find((p) => p.host)!;
    const [x, y] = main!.projection([host.lon, host.lat])!;
    expect(x > key.x0 && x < key.x1 && y > key.y0 && y < key.y1).toBe(true);
    expect(overlaps(key, INSET_BOX)).toBe(false);
  });

  test.each<[string, Box, Box, [number, number, number, number][]]>([
    [
      "below",
      box(40, 0, 60, 10),
      box(0, 20, 30, 40),
      [
        [40, 10, 0, 20],
        [60, 10, 30, 20],
      ],
    ],
    [
      "above",
      box(40, 30, 60, 50),
      box(0, 0, 30, 10),
      [
        [40, 30, 0, 10],
        [60, 30, 30, 10],
      ],
    ],
    [
      "to the left of",
      box(20, 30, 40, 50),
      box(0, 40, 10, 60),
      [
        [20, 30, 10, 40],
        [20, 50, 10, 60],
      ],
    ],
    [
      "to the right of",
      box(40, 30, 60, 50),
      box(90, 20, 100, 40),
      [
        [60, 30, 90, 20],
        [60, 50, 90, 40],
      ],
    ],
  ])("zoomLines: an inset %s its key is joined by the facing corners, lines that never cross", (_where, key, inset, expected) => {
    const lines = zoomLines(key, inset);
    expect(lines.map(([a, b]) => [a.x, a.y, b.x, b.y])).toEqual(expected);
    expect(segmentsIntersect(lines[0]![0], lines[0]![1], lines[1]![0], lines[1]![1])).toBe(false);
  });
});
