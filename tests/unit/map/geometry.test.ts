import { describe, expect, test } from "vitest";
import {
  boundsOf,
  crosses,
  inside,
  nearestOn,
  overlaps,
  segmentsIntersect,
  shareOf,
  type Box,
} from "../../../src/lib/map/geometry";
import { box } from "./places";

describe("geometry", () => {
  test.each<[string, Box, Box, boolean]>([
    ["apart", box(0, 0, 10, 10), box(20, 0, 30, 10), false],
    ["touching edges", box(0, 0, 10, 10), box(10, 0, 20, 10), false],
    ["crossing", box(0, 0, 10, 10), box(5, 5, 15, 15), true],
    ["one inside the other", box(0, 0, 10, 10), box(2, 2, 4, 4), true],
  ])("overlaps: %s", (_name, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });

  test.each<[string, Box, boolean]>([
    ["well inside", box(2, 2, 8, 8), true],
    ["on the edge", box(0, 0, 10, 10), true],
    ["across the edge", box(5, 5, 15, 8), false],
  ])("inside: %s", (_name, a, expected) => expect(inside(a, box(0, 0, 10, 10))).toBe(expected));

  test.each<[string, Parameters<typeof segmentsIntersect>, boolean]>([
    [
      "crossing",
      [
        { x: 0, y: 0 },
        { x: 10, y: 10 },
        { x: 0, y: 10 },
        { x: 10, y: 0 },
      ],
      true,
    ],
    [
      "parallel",
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 0, y: 5 },
        { x: 10, y: 5 },
      ],
      false,
    ],
    [
      "apart",
      [
        { x: 0, y: 0 },
        { x: 4, y: 4 },
        { x: 6, y: 0 },
        { x: 10, y: 4 },
      ],
      false,
    ],
  ])("segmentsIntersect: %s", (_name, args, expected) => expect(segmentsIntersect(...args)).toBe(expected));

  test.each<[string, (p: { x: number; y: number }) => boolean, number]>([
    ["everywhere", () => true, 1],
    ["nowhere", () => false, 0],
    ["the left two fifths", (p) => p.x < 4, 6 / 15],
  ])("shareOf: a test that holds %s", (_name, test, expected) => {
    expect(shareOf(box(0, 0, 10, 3), test)).toBeCloseTo(expected, 6);
  });

  test.each<[string, { x: number; y: number }, { x: number; y: number }]>([
    ["above the box", { x: 5, y: -3 }, { x: 5, y: 0 }],
    ["beyond a corner", { x: 14, y: 20 }, { x: 10, y: 10 }],
    ["inside it", { x: 4, y: 6 }, { x: 4, y: 6 }],
  ])("nearestOn: a point %s", (_name, p, expected) => {
    expect(nearestOn(box(0, 0, 10, 10), p)).toEqual(expected);
  });

  test.each<[string, [number, number, number, number], boolean]>([
    ["through the middle", [-5, 5, 15, 5], true],
    ["beside it", [-5, 12, 15, 12], false],
    ["ending at its corner", [-5, -5, 0, 0], false],
  ])("crosses: a segment %s of a box", (_name, [ax, ay, bx, by], expected) => {
    expect(crosses({ x: ax, y: ay }, { x: bx, y: by }, box(0, 0, 10, 10))).toBe(expected);
  });

  test("boundsOf: the smallest box around points", () => {
    expect(
      boundsOf([
        { x: 3, y: 9 },
        { x: -1, y: 4 },
        { x: 7, y: 5 },
      ]),
    ).toEqual(box(-1, 4, 7, 9));
  });
});
