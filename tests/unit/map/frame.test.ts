import { describe, expect, test } from "vitest";
import { basemapHref } from "../../../src/lib/map/basemap";
import { basemapFile, frameOf, FRAMES, ISTHMUS_FRAME, MAP_HEIGHT, MAP_WIDTH, REGION_FRAME } from "../../../src/lib/map/frame";
import { inside } from "../../../src/lib/map/geometry";
import { panelHolding, panelsFor } from "../../../src/lib/map/panels";
import { locatorMapView } from "../../../src/lib/map/view";
import { geography, places } from "./places";

const FRAME = { x0: 0, y0: 0, x1: MAP_WIDTH, y1: MAP_HEIGHT };

describe("the frame of each page", () => {
  test.each([
    ["introduction", REGION_FRAME, "/map.svg#introduction"],
    ["borders", ISTHMUS_FRAME, "/map-borders.svg#borders"],
    ["cartels", REGION_FRAME, "/map.svg#cartels"],
    ["china", REGION_FRAME, "/map.svg#china"],
    ["partnership", REGION_FRAME, "/map.svg"],
    ["outlook", REGION_FRAME, "/map.svg"],
  ])("%s is drawn in the %s frame, on %s", (page, frame, href) => {
    expect(frameOf(page)).toBe(frame);
    expect(basemapHref(places, page, geography)).toBe(href);
  });

  test("each frame has its own file, and the region's is the shared /map.svg", () => {
    expect(FRAMES.map(basemapFile)).toEqual(["/map.svg", "/map-borders.svg"]);
  });

  test("panels depend on the frame: the isthmus has the main map alone, at the inset's outlines", () => {
    expect(panelsFor(geography, REGION_FRAME).map((p) => p.id)).toEqual(["inset", "main", "world"]);
    const [main] = panelsFor(geography, ISTHMUS_FRAME);
    expect(panelsFor(geography, ISTHMUS_FRAME).map((p) => p.id)).toEqual(["main"]);
    expect(main!.holes).toEqual([]);
    expect(main!.lines).toEqual([]);
    expect(panelsFor(geography, ISTHMUS_FRAME)).toBe(panelsFor(geography, ISTHMUS_FRAME));
  });
});

describe.each([
  [
    "borders",
    ["darien-gap", "el-salvador", "guatemala", "mexico", "panama", "panama-canal"],
    ["caribbean-sea", "pacific-ocean"], // the Pacific's name moved into the frame
  ],
  [
    "cartels",
    [
      "chile",
      "china",
      "darien-gap",
      "el-salvador",
      "guatemala",
      "italy",
      "mexico",
      "panama",
      "panama-canal",
      "uruguay",
      "venezuela",
    ],
    ["caribbean-sea", "pacific-ocean"],
  ],
])("the map of %s", (page, drawn, seas) => {
  const frame = frameOf(page);
  test.each(["en", "es"])("in %s draws its frame's places, each inside the frame, in both label sets", (language) => {
    const view = locatorMapView(places, page, geography, language);
    expect(view.places.map((p) => p.id).sort()).toEqual(drawn);
    expect(view.seas.map((s) => s.id).sort()).toEqual(seas);
    const labels = [...view.places.flatMap((p) => [p.text, p.phone.text]), ...view.seas.flatMap((s) => [s.text, s.phone])];
    for (const label of labels) expect(inside(label.box, FRAME), label.lines.join(" ")).toBe(true);
  });

  // A frame without a world map must hold every place its part names (the world map shows everything).
  test.skipIf(frame.world)("the extent holds every place the part names, on its main map", () => {
    const own = places.filter((p) => p.mentions.some((m) => m.section === page));
    for (const p of own) expect(panelHolding(panelsFor(geography, frame), p.lon, p.lat)?.id, p.id).toBe("main");
  });
});

test("the isthmus frame draws the Darién Gap and the Canal apart on the main map, with Panama's name between them and Mexico", () => {
  const view = locatorMapView(places, "borders", geography);
  const [gap, canal] = ["darien-gap", "panama-canal"].map((id) => view.places.find((p) => p.id === id)!.dot!);
  // In the region frame they are 2 units apart on the main map (hence its inset); here they are far apart.
  expect(Math.hypot(gap!.x - canal!.x, gap!.y - canal!.y)).toBeGreaterThan(20);
});
