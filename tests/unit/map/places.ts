/** What the map tests draw: the real places of content/places.yaml and Natural Earth's outlines. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { LISTS } from "../../../src/lib/collections";
import type { Box } from "../../../src/lib/map/geometry";
import { mapPanels } from "../../../src/lib/map/panels";
import type { PlaceForMap } from "../../../src/lib/map/view";
import { naturalEarth } from "../../../src/lib/natural-earth";
import { partPath } from "../../../src/lib/permalinks";
import type { Links } from "../../../src/lib/resolved";
import { placeSchema } from "../../../src/lib/schemas";

export const geography = naturalEarth;

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
export const places: PlaceForMap[] = LISTS.places.resolve(
  (parse(readFileSync("content/places.yaml", "utf8")) as unknown[]).map((raw) => ({
    file: "places.yaml",
    data: placeSchema.parse(raw),
  })),
  links,
);
export const panels = mapPanels(geography);

/** A box from its corners. */
export const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });
