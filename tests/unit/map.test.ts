import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { geoContains } from "d3-geo";
import { feature } from "topojson-client";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import {
  basemapSvg,
  layoutMap,
  locatorMapView,
  MAP_CENTRE,
  MAP_HEIGHT,
  MAP_WIDTH,
  regionProjection,
  type Box,
  type PlaceForMap,
} from "../../src/lib/map";
import { naturalEarthCountries as topology } from "../../src/lib/natural-earth";
import { partPath } from "../../src/lib/permalinks";
import { placeSchema } from "../../src/lib/schemas";

/** The real places of content/places.yaml, as the explainer hands them to the map. */
const places: PlaceForMap[] = (parse(readFileSync("content/places.yaml", "utf8")) as unknown[]).map((raw) => {
  const data = placeSchema.parse(raw);
  return {
    id: data.id,
    name: data.name,
    lon: data.position.lon,
    lat: data.position.lat,
    host: data.host ?? false,
    mentions: data.mentions.map((m) => ({
      section: m.section,
      href: `${partPath(m.section)}#${m.passage}`,
      sectionTitle: `${m.section} title`,
      sectionNavTitle: `${m.section} nav`,
    })),
  };
});
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
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

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

  test("fits Mexico's north and Chile's south into the frame, and leaves China and Italy outside it", () => {
    const [, north] = projection([-106, 31.7])!; // Ciudad Juárez, on Mexico's northern border
    const [, south] = projection([-67.3, -55.9])!; // Cape Horn
    expect(north).toBeGreaterThanOrEqual(0);
    expect(south).toBeLessThanOrEqual(MAP_HEIGHT);
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
});

describe("basemapSvg", () => {
  const host = places.find((p) => p.host)!;
  const svg = basemapSvg(topology, host);
  const numbers = (d: string) => [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

  test("draws land, the host and the borders with whole-unit coordinates, all inside the frame", () => {
    const paths = [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]!);
    expect(paths).toHaveLength(3);
    for (const d of paths) {
      const values = numbers(d);
      expect(values.length).toBeGreaterThan(10);
      expect(values.every(Number.isInteger)).toBe(true);
      const xs = values.filter((_, i) => i % 2 === 0);
      const ys = values.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_WIDTH);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys)).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  test("has no fixed colour that would fail a colour scheme: one neutral grey, made lighter by opacity", () => {
    expect([...new Set(svg.match(/#[0-9a-f]{3,6}\b/gi))]).toEqual(["#888"]);
    expect(svg).not.toMatch(/<(script|style|a|image|foreignObject)\b/);
  });

  test("is the same bytes on every build, and small", () => {
    expect(basemapSvg(topology, host)).toBe(svg);
    expect(svg.length).toBe(9021);
    expect(gzipSync(svg, { level: 9 }).length).toBeLessThanOrEqual(3_400);
  });
});

describe("layoutMap", () => {
  const layout = layoutMap(
    places.map((p) => ({ id: p.id, label: p.name["en"]!, lon: p.lon, lat: p.lat })),
    projection,
  );

  test("puts every marker and label inside the frame, and lists China and Italy beyond it", () => {
    expect(layout.markers).toHaveLength(9);
    for (const m of layout.markers) {
      expect(inFrame(m.x, m.y)).toBe(true);
      expect(m.label.box.x0).toBeGreaterThanOrEqual(0);
      expect(m.label.box.y0).toBeGreaterThanOrEqual(0);
      expect(m.label.box.x1).toBeLessThanOrEqual(MAP_WIDTH);
      expect(m.label.box.y1).toBeLessThanOrEqual(MAP_HEIGHT);
      for (const end of m.leader ?? []) expect(inFrame(end.x, end.y)).toBe(true);
    }
    expect(layout.beyond?.places.map((p) => p.id).sort()).toEqual(["china", "italy"]);
    for (const item of [layout.beyond!.heading, ...layout.beyond!.items]) {
      expect(item.box.x1).toBeLessThanOrEqual(MAP_WIDTH);
      expect(item.box.y1).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  test("lets no label overlap another label, the note, or any marker", () => {
    const labels = [
      ...layout.markers.map((m) => m.label.box),
      layout.beyond!.heading.box,
      ...layout.beyond!.items.map((i) => i.box),
    ];
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false)));
    for (const box of labels) {
      for (const m of layout.markers) {
        expect(overlaps(box, { x0: m.x - 5, y0: m.y - 5, x1: m.x + 5, y1: m.y + 5 }), m.place.id).toBe(false);
      }
    }
  });

  test("refuses, rather than overlaps, when there is no room left", () => {
    const crowd = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      label: "A long place name",
      lon: -80 + (i % 4) * 0.1,
      lat: 9,
    }));
    expect(() => layoutMap(crowd, projection)).toThrow(/no room for the label of "p\d+"/);
  });
});

describe("locatorMapView", () => {
  test("on the home page: every place, the host stands out, markers in reading order, then the places beyond", () => {
    const view = locatorMapView(places, "introduction", topology);
    expect(view.markers.filter((m) => m.style === "host").map((m) => m.id)).toEqual(["panama"]);
    expect(new Set(view.markers.filter((m) => m.id !== "panama").map((m) => m.style))).toEqual(new Set(["normal"]));
    const ys = view.markers.map((m) => m.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(view.list.map((e) => e.id)).toEqual([...view.markers.map((m) => m.id), ...view.beyond!.items.map((i) => i.id)]);
    expect(view.list).toHaveLength(places.length);
    const panama = view.list.find((e) => e.id === "panama")!;
    expect(panama.href).toBe("/#the-gathering");
    expect(panama.name).toBe("Panama: see introduction nav");
  });

  test("on a part: its own places stand out and link to the passage on that page", () => {
    const view = locatorMapView(places, "cartels", topology);
    const style = Object.fromEntries(view.list.map((e) => [e.id, e.style]));
    expect(style).toMatchObject({
      mexico: "emphasis",
      chile: "emphasis",
      uruguay: "emphasis",
      italy: "emphasis",
      panama: "muted",
      venezuela: "muted",
    });
    expect(view.list.find((e) => e.id === "mexico")!.href).toBe("/cartels/#cartel-reach");
    expect(view.list.find((e) => e.id === "venezuela")!.href).toBe("/china/#top-trading-partner");
  });

  test("lays the places out the same whatever order they come in", () => {
    const a = locatorMapView([...places].reverse(), "introduction", topology);
    const b = locatorMapView(places, "introduction", topology);
    expect(a.markers.map(({ id, text }) => [id, text])).toEqual(b.markers.map(({ id, text }) => [id, text]));
  });

  test("names each place in the language asked for, and refuses a missing name", () => {
    const spanish = places.map((p) => ({ ...p, name: { ...p.name, es: `${p.name["en"]} (es)` } }));
    expect(locatorMapView(spanish, "introduction", topology, "es").list[0]!.label).toMatch(/\(es\)$/);
    // The same places asked for in two languages: each gets its own layout, not the first one's.
    const both = places.map((p) => ({ ...p, name: { en: p.name["en"]!, es: `${p.name["en"]} (es)` } }));
    expect(locatorMapView(both, "introduction", topology, "en").list[0]!.label).not.toMatch(/\(es\)$/);
    expect(locatorMapView(both, "introduction", topology, "es").list[0]!.label).toMatch(/\(es\)$/);
    const englishOnly = places.map((p) => ({ ...p, name: { en: p.name["en"]! } }));
    expect(() => locatorMapView(englishOnly, "introduction", topology, "es")).toThrow(/has no name in "es"/);
  });
});
