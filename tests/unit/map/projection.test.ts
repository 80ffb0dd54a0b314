import { geoContains, geoIdentity } from "d3-geo";
import { feature } from "topojson-client";
import { describe, expect, test } from "vitest";
import { MAP_HEIGHT, MAP_WIDTH } from "../../../src/lib/map/frame";
import { keyOutline, MAP_CENTRE, regionProjection } from "../../../src/lib/map/projection";
import { box, geography, places } from "./places";

const topology = geography.coarse;
const projection = regionProjection(topology);
const rad = Math.PI / 180;

/**
 * A second, independent computation: the Lambert azimuthal equal-area projection written out from
 * Snyder's "Map Projections: A Working Manual" (equations 24-2 to 24-4), with the fitted scale and
 * translation read off d3's projection.
 */
function snyder(lon: number, lat: number): [number, number] {
  const [lon0, lat0] = MAP_CENTRE.map((d) => d * rad) as [number, number];
  const [l, p] = [lon * rad, lat * rad];
  const k = Math.sqrt(2 / (1 + Math.sin(lat0) * Math.sin(p) + Math.cos(lat0) * Math.cos(p) * Math.cos(l - lon0)));
  const x = k * Math.cos(p) * Math.sin(l - lon0);
  const y = k * (Math.cos(lat0) * Math.sin(p) - Math.sin(lat0) * Math.cos(p) * Math.cos(l - lon0));
  const [tx, ty] = projection.translate();
  return [tx + projection.scale() * x, ty - projection.scale() * y];
}

const inFrame = (x: number, y: number) => x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT;

describe("the projection", () => {
  const regional = places.filter((p) => !["china", "italy"].includes(p.id));

  test.each(regional.map((p) => [p.id, p] as const))(
    "puts %s inside the frame, within a pixel of Snyder's formula",
    (_id, place) => {
      const [x, y] = projection([place.lon, place.lat])!;
      expect(inFrame(x, y)).toBe(true);
      const [sx, sy] = snyder(place.lon, place.lat);
      expect(Math.hypot(x - sx, y - sy)).toBeLessThan(1);
    },
  );

  test("fits Mexico's north and Chile to the Taitao peninsula into the frame, not the empty far south; leaves China and Italy outside it", () => {
    const [, north] = projection([-106, 31.7])!; // Ciudad Juárez, on Mexico's northern border
    const [, taitao] = projection([-75.5, -46.5])!;
    const [, capeHorn] = projection([-67.3, -55.9])!;
    expect(north).toBeGreaterThanOrEqual(0);
    expect(taitao).toBeLessThanOrEqual(MAP_HEIGHT);
    expect(capeHorn).toBeGreaterThan(MAP_HEIGHT);
    for (const id of ["china", "italy"]) {
      const place = places.find((p) => p.id === id)!;
      const point = projection([place.lon, place.lat]);
      expect(point === null || !inFrame(point[0], point[1]), id).toBe(true);
    }
  });
});

describe("the places' coordinates", () => {
  const countries = feature(topology, topology.objects.countries).features;
  test.each(places.filter((p) => countries.some((c) => c.properties.name === p.name["en"])).map((p) => [p.id, p] as const))(
    "%s lies inside its Natural Earth outline",
    (_id, place) => {
      const outline = countries.find((c) => c.properties.name === place.name["en"])!;
      expect(geoContains(outline, [place.lon, place.lat])).toBe(true);
    },
  );
  test.each(["darien-gap", "panama-canal"])("%s lies in Panama", (id) => {
    const panama = countries.find((c) => c.properties.name === "Panama")!;
    const place = places.find((p) => p.id === id)!;
    expect(geoContains(panama, [place.lon, place.lat])).toBe(true);
  });
  test.each(places.filter((p) => p.kind === "sea").map((p) => [p.id, p] as const))("%s lies on open water", (_id, sea) => {
    expect(countries.some((c) => geoContains(c, [sea.lon, sea.lat]))).toBe(false);
  });
});

describe("keyOutline", () => {
  test("keyOutline: the rectangle of a panel as another projection draws it", () => {
    const identity = geoIdentity() as unknown as Parameters<typeof keyOutline>[1];
    expect(keyOutline(box(1, 2, 5, 6), identity, identity, 1)).toEqual([
      { x: 1, y: 2 },
      { x: 5, y: 2 },
      { x: 5, y: 6 },
      { x: 1, y: 6 },
    ]);
  });
});
