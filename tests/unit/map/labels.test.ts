import { geoContains } from "d3-geo";
import { describe, expect, test } from "vitest";
import { INSET_BOX, WORLD_BOX } from "../../../src/lib/map/frame";
import { crosses, inside, nearestOn, overlaps, shareOf, type Box } from "../../../src/lib/map/geometry";
import { MAP_MIN_WIDTH, MAP_WIDTH } from "../../../src/lib/map/frame";
import {
  AREA_SHARE,
  candidates,
  LEADER_GAP,
  labelBox,
  labelMetrics,
  labelWidth,
  layoutMap,
  PHONE_LABELS,
  segmentGap,
  twoLines,
  WIDE_LABELS,
  WIDE_MIN_PX,
  type LabelSizes,
  type MapPlace,
} from "../../../src/lib/map/labels";
import { smallCountryRing } from "../../../src/lib/map/panels";
import { box, panels, places } from "./places";

describe("label sizes and lines", () => {
  test.each<[string, Parameters<typeof labelBox>, Box]>([
    ["start", [10, 20, "start", 30, 10, 1], box(8.5, 10.5, 41.5, 24)],
    ["end", [40, 20, "end", 30, 10, 1], box(8.5, 10.5, 41.5, 24)],
    ["middle", [25, 20, "middle", 30, 10, 1], box(8.5, 10.5, 41.5, 24)],
    ["two lines", [25, 20, "middle", 30, 10, 2], box(8.5, 10.5, 41.5, 35.5)],
  ])("labelBox: a label anchored at its %s", (_name, args, expected) => {
    const got = labelBox(...args);
    for (const key of ["x0", "y0", "x1", "y1"] as const) expect(got[key]).toBeCloseTo(expected[key], 6);
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
});

describe("the label hierarchy and its two sets", () => {
  /** The narrowest a phone draws the map: a 320 px screen less the page's margins (measured: 273 px). */
  const PHONE_MIN_PX = 273;
  const kinds: [string, Pick<MapPlace, "kind" | "host">][] = [
    ["a point", { kind: "point" }],
    ["a country", { kind: "area" }],
    ["the host", { kind: "area", host: true }],
    ["a sea", { kind: "sea" }],
  ];
  test.each<[string, LabelSizes, number]>([
    ["wide, at the narrowest it is shown", WIDE_LABELS, WIDE_MIN_PX],
    ["phone, on a 320 px screen", PHONE_LABELS, PHONE_MIN_PX],
  ])("every name of the %s set is at least 12 px on screen", (_name, sizes, px) => {
    for (const [kind, place] of kinds)
      expect(labelMetrics(place, sizes).size * (px / MAP_WIDTH), kind).toBeGreaterThanOrEqual(12);
  });

  test("the phone set serves every map narrower than the wide set's minimum, down to the narrowest column", () => {
    expect(PHONE_MIN_PX).toBeGreaterThanOrEqual(MAP_MIN_WIDTH);
    expect(WIDE_MIN_PX).toBeGreaterThan(PHONE_MIN_PX);
  });

  test.each<[string, Pick<MapPlace, "kind" | "host">, Pick<MapPlace, "kind" | "host">]>([
    ["the host's name is larger than another country's", { kind: "area", host: true }, { kind: "area" }],
    ["a country's name is no larger than a point's", { kind: "point" }, { kind: "area" }],
  ])("rank: %s", (_name, stronger, weaker) => {
    for (const sizes of [WIDE_LABELS, PHONE_LABELS]) {
      expect(labelMetrics(stronger, sizes).size).toBeGreaterThanOrEqual(labelMetrics(weaker, sizes).size);
    }
    expect(labelMetrics({ kind: "area", host: true }, WIDE_LABELS).size).toBeGreaterThan(
      labelMetrics({ kind: "area" }, WIDE_LABELS).size,
    );
  });

  test("a country's name is measured in capitals, letter-spaced, and the host's in bold", () => {
    const country = labelMetrics({ kind: "area" }, WIDE_LABELS);
    const host = labelMetrics({ kind: "area", host: true }, WIDE_LABELS);
    expect(country.width("Chile")).toBeGreaterThan(labelWidth("Chile", WIDE_LABELS.area));
    expect(host.width("Chile")).toBeGreaterThan(country.width("Chile"));
  });

  const p = (x: number, y: number) => ({ x, y });
  test.each<[string, [ReturnType<typeof p>, ReturnType<typeof p>], [ReturnType<typeof p>, ReturnType<typeof p>], number]>([
    ["parallel, 3 apart", [p(0, 0), p(10, 0)], [p(0, 3), p(10, 3)], 3],
    ["crossing", [p(0, 0), p(10, 10)], [p(0, 10), p(10, 0)], 0],
    ["end to end", [p(0, 0), p(10, 0)], [p(13, 4), p(20, 4)], 5],
    ["a point's line beside another's start", [p(0, 0), p(0, 10)], [p(6, 5), p(20, 5)], 6],
  ])("segmentGap: %s", (_name, a, b, gap) => {
    expect(segmentGap(a, b)).toBeCloseTo(gap, 6);
    expect(segmentGap(b, a)).toBeCloseTo(gap, 6);
  });
});

describe("candidates", () => {
  const at = (kind: MapPlace["kind"], label = "Chile") => candidates({ id: "x", label, lon: 0, lat: 0, kind }, 100, 100, 10);

  test("a point's label goes beside its dot first, on the right", () => {
    expect(at("point")[0]).toMatchObject({ x: 108, anchor: "start", leader: false });
  });
  test("an area's label is centred on the country first, and must mostly lie on it", () => {
    expect(at("area")[0]).toMatchObject({ x: 100, anchor: "middle", leader: false, share: AREA_SHARE });
  });
  test("a sea's label always lies on open water, and may break onto two lines", () => {
    const seas = at("sea", "Pacific Ocean");
    expect(seas.every((c) => c.share === 1 && !c.leader)).toBe(true);
    expect(seas.some((c) => c.lines.length === 2)).toBe(true);
  });
});

describe("layoutMap", () => {
  const regionalPanels = panels;
  const sets = [
    ["wide", WIDE_LABELS],
    ["phone", PHONE_LABELS],
  ] as const;
  for (const [set, sizes] of sets)
    for (const language of ["en", "es"]) {
      const layout = layoutMap(
        places.map((p) => ({
          id: p.id,
          label: p.name[language]!,
          lon: p.lon,
          lat: p.lat,
          host: p.host,
          kind: p.kind === "country" ? ("area" as const) : p.kind === "sea" ? ("sea" as const) : ("point" as const),
        })),
        regionalPanels,
        sizes,
      );

      test(`${language}, ${set}: no two leader lines run closer than LEADER_GAP (Guatemala's and El Salvador's)`, () => {
        const lines = layout.flatMap((p) => (p.leader ? [{ id: p.place.id, line: p.leader }] : []));
        expect(lines.map((l) => l.id)).toEqual(expect.arrayContaining(["guatemala", "el-salvador"]));
        lines.forEach((a, i) =>
          lines
            .slice(i + 1)
            .forEach((b) => expect(segmentGap(a.line, b.line), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(LEADER_GAP)),
        );
      });

      test(`${language}, ${set}: a name on the world map sits beside its country, not across it (China's)`, () => {
        for (const p of layout.filter((x) => x.panel === "world")) {
          const { x0, y0, x1, y1 } = p.label.box;
          expect(p.x > x0 && p.x < x1 && p.y > y0 && p.y < y1, p.place.id).toBe(false);
        }
      });

      test.runIf(set === "wide")(`${language}, ${set}: the Darién Gap's name is on one line, where it fits`, () => {
        expect(layout.find((p) => p.place.id === "darien-gap")!.label.lines).toHaveLength(1);
      });

      test(`${language}, ${set}: each name is set at its rank's size`, () => {
        for (const p of layout) expect(p.label.size, p.place.id).toBe(labelMetrics(p.place, sizes).size);
      });

      test(`${language}, ${set}: every label lies inside its panel, the inset and the world map on theirs`, () => {
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

      test(`${language}, ${set}: no label overlaps another label or any dot`, () => {
        const labels = layout.map((p) => p.label.box);
        labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false)));
        for (const dot of layout.filter((p) => p.place.kind === "point")) {
          for (const p of layout) {
            expect(overlaps(p.label.box, box(dot.x - 5, dot.y - 5, dot.x + 5, dot.y + 5)), p.place.id).toBe(false);
          }
        }
      });

      test(`${language}, ${set}: no name is crossed by a line, the key rectangle's to the inset or another place's`, () => {
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

      test(`${language}, ${set}: Italy, too small to see on the world map: its name and line stop just short of it`, () => {
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

      test(`${language}, ${set}: Uruguay's name lies right by Uruguay, mostly on the water, not across Argentina`, () => {
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

      test(`${language}, ${set}: the large countries are named across their area, without a leader line`, () => {
        // On a phone, Venezuela's larger name is wider than the country and is set apart beside it.
        for (const id of set === "wide" ? ["mexico", "venezuela", "panama"] : ["mexico", "panama"]) {
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
