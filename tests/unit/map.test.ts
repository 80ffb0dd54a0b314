import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { geoContains, geoEquirectangular, geoIdentity } from "d3-geo";
import { feature } from "topojson-client";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import {
  basemapHref,
  basemapSvg,
  boundsOf,
  candidates,
  compactPath,
  crosses,
  INSET_BOX,
  innerBox,
  inside,
  keyOutline,
  labelBox,
  labelWidth,
  layoutMap,
  locatorMapView,
  MAP_CENTRE,
  MAP_HEIGHT,
  MAP_WIDTH,
  mapPanels,
  nearestOn,
  overlaps,
  panelOf,
  regionProjection,
  relativeLines,
  RING_RADIUS,
  segmentsIntersect,
  shareOf,
  smallCountryRing,
  twoLines,
  withoutSpecks,
  WORLD_BOX,
  zoomLines,
  type Box,
  type MapPlace,
  type PlaceForMap,
} from "../../src/lib/map";
import { naturalEarth as geography } from "../../src/lib/natural-earth";
import { partPath } from "../../src/lib/permalinks";
import { placeSchema } from "../../src/lib/schemas";
import { LISTS } from "../../src/lib/collections";
import type { Links } from "../../src/lib/resolved";

/** Links of a made-up edition: each part's title and short name say which part they are. */
const links: Links = {
  locale: "en",
  partPath,
  href: (part, passage) => `${partPath(part)}#${passage}`,
  title: (id) => `${id} title`,
  navTitle: (id) => `${id} nav`,
  order: () => 0,
  readingOrder: () => 0,
};
/** The real places of content/places.yaml, resolved as the explainer resolves them for the map. */
const places: PlaceForMap[] = LISTS.places.resolve(
  (parse(readFileSync("content/places.yaml", "utf8")) as unknown[]).map((raw) => ({
    file: "places.yaml",
    data: placeSchema.parse(raw),
  })),
  links,
);
const topology = geography.coarse;
const projection = regionProjection(topology);
const panels = mapPanels(geography);
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
const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });

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
  test.each(places.filter((p) => p.kind === "sea").map((p) => [p.id, p] as const))("%s lies on open water", (_id, sea) => {
    expect(countries.some((c) => geoContains(c, [sea.lon, sea.lat]))).toBe(false);
  });
});

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

  test.each<[string, Parameters<typeof labelBox>, Box]>([
    ["start", [10, 20, "start", 30, 10, 1], box(8.5, 10.5, 41.5, 24)],
    ["end", [40, 20, "end", 30, 10, 1], box(8.5, 10.5, 41.5, 24)],
    ["middle", [25, 20, "middle", 30, 10, 1], box(8.5, 10.5, 41.5, 24)],
    ["two lines", [25, 20, "middle", 30, 10, 2], box(8.5, 10.5, 41.5, 35.5)],
  ])("labelBox: a label anchored at its %s", (_name, args, expected) => {
    const got = labelBox(...args);
    for (const key of ["x0", "y0", "x1", "y1"] as const) expect(got[key]).toBeCloseTo(expected[key], 6);
  });

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

  test.each<[string, [string, string] | undefined]>([
    ["Chile", undefined],
    ["Pacific Ocean", ["Pacific", "Ocean"]],
    ["Canal de Panamá", ["Canal de", "Panamá"]],
    ["Tapón del Darién", ["Tapón del", "Darién"]],
    ["Océano Pacífico", ["Océano", "Pacífico"]],
  ])("twoLines: %s", (label, expected) => expect(twoLines(label)).toEqual(expected));

  test.each<[string, number, number, boolean]>([
    ["capitals are wider than small letters", labelWidth("CHILE", 10), labelWidth("chile", 10), true],
    ["tracking adds a unit per letter and a unit", labelWidth("CHILE", 10, false, 1), labelWidth("CHILE", 10) + 5, false],
    ["bold is wider", labelWidth("Chile", 10, true), labelWidth("Chile", 10), true],
  ])("labelWidth: %s", (_name, a, b, greater) => {
    if (greater) expect(a).toBeGreaterThan(b);
    else expect(a).toBeCloseTo(b, 6);
  });

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
});

describe("basemapSvg", () => {
  const svg = basemapSvg(geography, places);
  /** The absolute coordinates of SVG path data written with M, L, l, H, V and Z. */
  function positions(d: string): number[] {
    const out: number[] = [];
    let [x, y, command] = [0, 0, ""];
    const tokens = d.match(/[MLlHVZ]|-?\d+(?:\.\d+)?/g)!;
    for (let i = 0; i < tokens.length;) {
      const token = tokens[i]!;
      if (/[MLlHVZ]/.test(token)) {
        command = token;
        i++;
        continue;
      }
      const n = Number(token);
      if (command === "H") [x, i] = [n, i + 1];
      else if (command === "V") [y, i] = [n, i + 1];
      else if (command === "l") [x, y, i] = [x + n, y + Number(tokens[i + 1]), i + 2];
      else [x, y, i] = [n, Number(tokens[i + 1]), i + 2];
      out.push(x, y);
    }
    return out;
  }

  test("draws every path inside the frame, in whole units but for the frames' half-unit strokes", () => {
    const paths = [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThanOrEqual(12);
    for (const d of paths) {
      const values = positions(d);
      expect(values.every((v) => Number.isInteger(v * 2))).toBe(true);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...values.filter((_, i) => i % 2 === 0))).toBeLessThanOrEqual(MAP_WIDTH);
      expect(Math.max(...values.filter((_, i) => i % 2 === 1))).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  test("has water, a frame round every panel, the key rectangle, and the world's highlighted countries", () => {
    expect(svg.match(/fill-rule="evenodd"/g)).toHaveLength(3); // the water of the three panels
    expect(svg).toMatch(/<clipPath id="m">/);
    const frames = /<path d="(M[^"]+)" fill="none" stroke="#888"\/>/.exec(svg)![1]!;
    expect(frames.match(/M/g)).toHaveLength(3);
    expect(svg.match(/fill="#0f8a80" fill-opacity="\.[45]5?"/g)).toHaveLength(3); // the host twice, Italy and China once
  });

  test("joins the key rectangle to the inset with two thin lines, and rings Italy on the world map", () => {
    const main = panels.find((p) => p.id === "main")!;
    const d = main.lines.map(([a, b]) => `M${a.x} ${a.y}L${b.x} ${b.y}`).join("");
    expect(svg).toContain(`<path d="${d}" fill="none" stroke="#888" stroke-width=".6"/>`);
    const rings = [...svg.matchAll(/<circle cx="(\d+)" cy="(\d+)" r="(\d+)" fill="none"/g)].map((m) => m.slice(1).map(Number));
    const italy = places.find((p) => p.id === "italy")!;
    const [x, y] = panels.find((p) => p.id === "world")!.projection([italy.lon, italy.lat])!;
    expect(rings).toEqual([[Math.round(x), Math.round(y), RING_RADIUS]]);
  });

  test("shades a part's own countries only when the file's fragment names the part", () => {
    expect(svg).toContain("<style>.p{display:none}.p:target{display:inline}</style>");
    const groups = Object.fromEntries(
      [...svg.matchAll(/<g id="([a-z-]+)" class="p"[^>]*>(.*?)<\/g>/g)].map((m) => [m[1], m[2]!.match(/<use /g)!.length]),
    );
    // The parts' countries on the main map: not the host (always shaded), nor Italy and China (the world map).
    expect(groups).toEqual({ borders: 3, cartels: 3, china: 1 });
  });

  test.each<[string, string]>([
    ["introduction", "/map.svg"],
    ["borders", "/map.svg#borders"],
    ["cartels", "/map.svg#cartels"],
    ["china", "/map.svg#china"],
    ["partnership", "/map.svg"], // its one country is the host, shaded on every page
    ["outlook", "/map.svg"],
  ])("basemapHref: the %s page asks for %s, a fragment the file has", (page, href) => {
    expect(basemapHref(places, page, geography)).toBe(href);
    const fragment = href.split("#")[1];
    if (fragment) expect(svg).toContain(`<g id="${fragment}"`);
  });

  test("uses only translucent fills, so the same file reads in both colour schemes and on paper", () => {
    for (const fill of svg.matchAll(/ fill="(#[0-9a-f]+)"( fill-opacity="([\d.]+)")?/g)) {
      expect(Number(fill[3]), fill[0]).toBeLessThan(1);
    }
    expect(svg).not.toMatch(/<(script|a|image|foreignObject|text)\b/);
  });

  test("is the same bytes on every build, and small", () => {
    expect(basemapSvg(geography, places)).toBe(svg);
    expect(gzipSync(svg, { level: 9 }).length).toBeLessThanOrEqual(3_300);
  });
});

describe("candidates", () => {
  const at = (kind: MapPlace["kind"], label = "Chile") => candidates({ id: "x", label, lon: 0, lat: 0, kind }, 100, 100, 10);

  test("a point's label goes beside its dot first, on the right", () => {
    expect(at("point")[0]).toMatchObject({ x: 108, anchor: "start", leader: false });
  });
  test("an area's label is centred on the country first, and must mostly lie on it", () => {
    expect(at("area")[0]).toMatchObject({ x: 100, anchor: "middle", leader: false, share: 0.6 });
  });
  test("a sea's label always lies on open water, and may break onto two lines", () => {
    const seas = at("sea", "Pacific Ocean");
    expect(seas.every((c) => c.share === 1 && !c.leader)).toBe(true);
    expect(seas.some((c) => c.lines.length === 2)).toBe(true);
  });
});

describe("layoutMap", () => {
  const regionalPanels = panels;
  for (const language of ["en", "es"]) {
    const layout = layoutMap(
      places.map((p) => ({
        id: p.id,
        label: p.name[language]!,
        lon: p.lon,
        lat: p.lat,
        kind: p.kind === "country" ? ("area" as const) : p.kind === "sea" ? ("sea" as const) : ("point" as const),
      })),
      regionalPanels,
    );

    test(`${language}: every label lies inside its panel, the inset and the world map on theirs`, () => {
      expect(layout).toHaveLength(places.length);
      const panelOfId = Object.fromEntries(layout.map((p) => [p.place.id, p.panel]));
      expect(panelOfId).toMatchObject({ "panama-canal": "inset", "darien-gap": "inset", panama: "inset" });
      expect(panelOfId).toMatchObject({ mexico: "main", chile: "main", italy: "world", china: "world" });
      for (const p of layout) {
        const frame = regionalPanels.find((x) => x.id === p.panel)!.box;
        expect(inside(p.label.box, frame), p.place.id).toBe(true);
        if (p.panel === "main") {
          for (const hole of [INSET_BOX, WORLD_BOX]) expect(overlaps(p.label.box, hole), p.place.id).toBe(false);
        }
      }
    });

    test(`${language}: no label overlaps another label or any dot`, () => {
      const labels = layout.map((p) => p.label.box);
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false)));
      for (const dot of layout.filter((p) => p.place.kind === "point")) {
        for (const p of layout) {
          expect(overlaps(p.label.box, box(dot.x - 5, dot.y - 5, dot.x + 5, dot.y + 5)), p.place.id).toBe(false);
        }
      }
    });

    test(`${language}: no name is crossed by a line, the key rectangle's to the inset or another place's`, () => {
      const lines = [
        ...panels.flatMap((p) => p.lines.map((line) => ({ id: "key", line }))),
        ...layout.flatMap((p) => (p.leader ? [{ id: p.place.id, line: p.leader }] : [])),
      ];
      expect(lines.length).toBeGreaterThanOrEqual(4);
      for (const p of layout) {
        for (const { id, line } of lines.filter((l) => l.id !== p.place.id))
          expect(crosses(line[0], line[1], p.label.box), `${id}'s line across ${p.place.id}`).toBe(false);
      }
    });

    test(`${language}: Italy, too small to see on the world map, is ringed; its name and line stay off the ring`, () => {
      const italy = layout.find((p) => p.place.id === "italy")!;
      const ring = smallCountryRing(
        panels.find((p) => p.id === "world")!,
        italy.place.lon,
        italy.place.lat,
      )!;
      expect(overlaps(italy.label.box, box(ring.x - ring.r, ring.y - ring.r, ring.x + ring.r, ring.y + ring.r))).toBe(false);
      const [start] = italy.leader!;
      expect(Math.hypot(start.x - ring.x, start.y - ring.y)).toBeGreaterThanOrEqual(ring.r);
      expect(Math.hypot(start.x - ring.x, start.y - ring.y)).toBeLessThanOrEqual(ring.r + 2);
    });

    test(`${language}: Uruguay's name lies right by Uruguay, mostly on the water, not across Argentina`, () => {
      const uruguay = layout.find((p) => p.place.id === "uruguay")!;
      const main = panels.find((p) => p.id === "main")!;
      const lonLat = (p: { x: number; y: number }) => main.projection.invert!([p.x, p.y])!;
      const argentina = main.countries.find((c) => c.properties.name === "Argentina")!;
      const { box: label } = uruguay.label;
      const near = nearestOn(label, uruguay);
      expect(Math.hypot(near.x - uruguay.x, near.y - uruguay.y)).toBeLessThanOrEqual(10);
      expect(shareOf(label, (p) => !geoContains(main.land, lonLat(p)))).toBeGreaterThanOrEqual(0.6);
      expect(shareOf(label, (p) => geoContains(argentina, lonLat(p)))).toBeLessThanOrEqual(0.4);
    });

    test(`${language}: the large countries are named across their area, without a leader line`, () => {
      for (const id of ["mexico", "venezuela", "panama"]) {
        const p = layout.find((l) => l.place.id === id)!;
        expect(p.leader, id).toBeUndefined();
        expect(p.label.anchor).toBe("middle");
      }
    });
  }

  test("refuses, naming the place, rather than overlaps, when there is no room left", () => {
    const crowd = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      label: "A long place name",
      lon: -80 + (i % 4) * 0.1,
      lat: 9,
      kind: "point" as const,
    }));
    expect(() => layoutMap(crowd, panels)).toThrow(/no room for the label of "p\d+"/);
  });
});

describe("locatorMapView", () => {
  test("on the home page: every place but the seas is a link, the host stands out, in reading order", () => {
    const view = locatorMapView(places, "introduction", geography);
    expect(view.places.filter((m) => m.style === "host").map((m) => m.id)).toEqual(["panama"]);
    expect(new Set(view.places.filter((m) => m.id !== "panama").map((m) => m.style))).toEqual(new Set(["normal"]));
    const tops = view.places.map((m) => m.text.box.y0);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(view.places).toHaveLength(places.filter((p) => p.kind !== "sea").length);
    expect(view.seas.map((s) => s.id).sort()).toEqual(["caribbean-sea", "pacific-ocean"]);
    const panama = view.places.find((e) => e.id === "panama")!;
    expect(panama.href).toBe("/#the-gathering");
    expect(panama.name).toBe("Panama: see introduction nav");
  });

  test("dots only for points: the Canal and the Darién Gap; countries are named across their area", () => {
    const view = locatorMapView(places, "introduction", geography);
    expect(
      view.places
        .filter((m) => m.dot)
        .map((m) => m.id)
        .sort(),
    ).toEqual(["darien-gap", "panama-canal"]);
    expect(new Set(view.places.filter((m) => !m.dot).map((m) => m.kind))).toEqual(new Set(["area"]));
  });

  test("on a part: its own places stand out, the others recede, and links lead to the passage on that page", () => {
    const view = locatorMapView(places, "cartels", geography);
    const style = Object.fromEntries(view.places.map((e) => [e.id, e.style]));
    expect(style).toMatchObject({
      mexico: "emphasis",
      chile: "emphasis",
      uruguay: "emphasis",
      italy: "emphasis",
      panama: "muted",
      venezuela: "muted",
    });
    expect(view.places.find((e) => e.id === "mexico")!.href).toBe("/cartels/#cartel-reach");
    expect(view.places.find((e) => e.id === "venezuela")!.href).toBe("/china/#top-trading-partner");
    const borders = locatorMapView(places, "borders", geography);
    const darien = borders.places.find((e) => e.id === "darien-gap")!;
    const canal = borders.places.find((e) => e.id === "panama-canal")!;
    expect(darien.dot!.r).toBeGreaterThan(canal.dot!.r);
  });

  test("lays the places out the same whatever order they come in", () => {
    const a = locatorMapView([...places].reverse(), "introduction", geography);
    const b = locatorMapView(places, "introduction", geography);
    expect(a.places.map(({ id, text }) => [id, text])).toEqual(b.places.map(({ id, text }) => [id, text]));
  });

  test("names each place in the language asked for, and refuses a missing name", () => {
    // The same places asked for in two languages: each gets its own layout, not the first one's.
    const both = places.map((p) => ({ ...p, name: { en: p.name["en"]!, es: p.name["en"]!.toLowerCase() } }));
    const labels = (language: string) => locatorMapView(both, "introduction", geography, language).places.map((p) => p.label);
    expect(labels("en")).toContain("Mexico");
    expect(labels("es")).toContain("mexico");
    expect(labels("es")).not.toContain("Mexico");
    const englishOnly = places.map((p) => ({ ...p, name: { en: p.name["en"]! } }));
    expect(() => locatorMapView(englishOnly, "introduction", geography, "es")).toThrow(/has no name in "es"/);
  });
});
