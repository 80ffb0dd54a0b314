import { geoContains } from "d3-geo";
import { describe, expect, test } from "vitest";
import { INSET_BOX, WORLD_BOX } from "../../../src/lib/map/frame";
import { crosses, inside, nearestOn, overlaps, shareOf, type Box } from "../../../src/lib/map/geometry";
import { candidates, labelBox, labelWidth, layoutMap, twoLines, type MapPlace } from "../../../src/lib/map/labels";
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
