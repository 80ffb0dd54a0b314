import { geoEquirectangular, geoIdentity } from "d3-geo";
import { describe, expect, test } from "vitest";
import { compactPath, relativeLines, withoutSpecks } from "../../../src/lib/map/paths";

describe("paths", () => {
  test.each<[string, { x: number; y: number }[], string]>([
    [
      "one step",
      [
        { x: 5, y: 5 },
        { x: 7, y: 4 },
      ],
      "l2-1",
    ],
    [
      "steps run on without a letter, a minus sign needs no space",
      [
        { x: 0, y: 0 },
        { x: 3, y: -1 },
        { x: 5, y: -1 },
        { x: 1, y: 4 },
      ],
      "l3-1 2 0-4 5",
    ],
    ["a single point", [{ x: 1, y: 1 }], ""],
  ])("relativeLines: %s", (_name, ring, expected) => expect(relativeLines(ring)).toBe(expected));

  test.each<[string, number, string]>([
    ["whole units, a repeated point dropped", 0, "M0 0l1 0 9 0 0 10Z"],
    ["points within the tolerance dropped too", 1.5, "M0 0l10 0 0 10Z"],
  ])("compactPath: %s; a ring that collapses is left out", (_name, tolerance, expected) => {
    const identity = geoIdentity() as unknown as Parameters<typeof compactPath>[0];
    const shape = {
      type: "MultiPolygon" as const,
      coordinates: [
        [
          [
            [0, 0],
            [0.2, 0.1],
            [1, 0.4],
            [10, 0],
            [10, 10],
            [0, 0],
          ],
        ],
        [
          [
            [50, 50],
            [50.2, 50.1],
            [50.1, 50.3],
            [50, 50],
          ],
        ],
      ],
    };
    // The first ring keeps (1, 0) only without tolerance; a ring of three points within a unit collapses.
    expect(compactPath(identity, shape, tolerance)).toBe(expected);
  });

  test("withoutSpecks: drops islands under the area and land wholly south of the limit", () => {
    // Clockwise, as d3-geo reads an outer ring.
    const square = (lon: number, lat: number, size: number) => [
      [
        [lon, lat],
        [lon, lat + size],
        [lon + size, lat + size],
        [lon + size, lat],
        [lon, lat],
      ],
    ];
    const plate = geoEquirectangular()
      .scale(180 / Math.PI)
      .translate([0, 0]); // a degree is a unit
    const shape = {
      type: "Feature" as const,
      properties: {},
      geometry: { type: "MultiPolygon" as const, coordinates: [square(0, 0, 10), square(20, 0, 1), square(0, -80, 10)] },
    };
    expect(withoutSpecks(shape, plate, 4).coordinates).toHaveLength(2);
    expect(withoutSpecks(shape, plate, 4, -60).coordinates).toEqual([square(0, 0, 10)]);
  });
});
