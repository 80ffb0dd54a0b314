/**
 * Natural Earth's outlines (the `world-atlas` TopoJSON) and how each panel of the frame projects them:
 * - the main map: Lambert azimuthal equal-area, centred and fitted as its frame says (frame.ts MapFrame);
 * - the inset of Panama: Mercator, fitted to INSET_BOUNDS;
 * - the small world map: Equal Earth.
 */
import { geoAzimuthalEqualArea, geoContains, geoEqualEarth, geoMercator, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { INSET_BOUNDS, INSET_BOX, MAP_HEIGHT, MAP_MARGIN, MAP_WIDTH, REGION_FRAME, WORLD_BOX, type MapFrame } from "./frame";
import { whole, type Box, type Point } from "./geometry";

/** The region frame's centre (frame.ts REGION_FRAME): the middle of Latin America, so the region is drawn with little distortion. */
export const MAP_CENTRE = REGION_FRAME.centre;

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/** Natural Earth at two scales: 1:110 million for the main map and the world, 1:50 million for the inset. */
export interface Geography {
  coarse: CountriesTopology;
  detailed: CountriesTopology;
}

/** The countries of a topology, each with its name. */
export function countriesOf(topology: CountriesTopology): Feature<Geometry, { name: string }>[] {
  return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}
/** All the land of a topology, as one shape. */
export const landOf = (topology: CountriesTopology) => feature(topology, topology.objects.land);

/** Lambert azimuthal equal-area, centred on the frame's region, fitted to its countries and points and clipped to it. */
export function regionProjection(topology: CountriesTopology, frame: MapFrame = REGION_FRAME): GeoProjection {
  const countries = countriesOf(topology).filter((f) => frame.countries.includes(String(f.id)));
  if (countries.length !== frame.countries.length)
    throw new Error(`the Natural Earth topology lacks a country of the ${frame.id} frame`);
  const fitted: FeatureCollection = {
    type: "FeatureCollection",
    features: [...countries, { type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates: frame.points } }],
  };
  return geoAzimuthalEqualArea()
    .rotate([-frame.centre[0], -frame.centre[1]])
    .fitExtent(
      [
        [MAP_MARGIN, MAP_MARGIN],
        [MAP_WIDTH - MAP_MARGIN, MAP_HEIGHT - MAP_MARGIN],
      ],
      fitted,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
}

/** Mercator fitted so that INSET_BOUNDS fill the inset box (centred along the other side), clipped to it. */
export function insetProjection(box = INSET_BOX, [west, south, east, north] = INSET_BOUNDS): GeoProjection {
  return geoMercator()
    .fitExtent(
      [
        [box.x0, box.y0],
        [box.x1, box.y1],
      ],
      {
        type: "MultiPoint",
        coordinates: [
          [west, south],
          [east, north],
        ],
      },
    )
    .clipExtent([
      [box.x0, box.y0],
      [box.x1, box.y1],
    ]);
}

/** Equal Earth, the whole sphere fitted into the world box, below a band kept for names. */
export function worldProjection(box = WORLD_BOX): GeoProjection {
  return geoEqualEarth().fitExtent(
    [
      [box.x0 + 2, box.y0 + 14],
      [box.x1 - 2, box.y1 - 2],
    ],
    { type: "Sphere" },
  );
}

/**
 * The shape, in `to`, of what the rectangle `box` of a panel drawn with `from` shows: the key of an inset
 * (or of the main map on the world map). Each side is sampled, as a straight side in one projection is a
 * curve in another. Returns undefined when a corner is off the globe.
 */
export function keyOutline(box: Box, from: GeoProjection, to: GeoProjection, steps = 8): Point[] | undefined {
  const corners: [number, number][] = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x1, box.y1],
    [box.x0, box.y1],
  ];
  const loop: Point[] = [];
  for (let side = 0; side < 4; side++) {
    const [a, b] = [corners[side]!, corners[(side + 1) % 4]!];
    for (let i = 0; i < steps; i++) {
      const t = i / steps;
      const lonLat = from.invert!([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
      const point = lonLat && to(lonLat);
      if (!point) return undefined;
      const next = { x: whole(point[0]), y: whole(point[1]) };
      const last = loop[loop.length - 1];
      if (!last || last.x !== next.x || last.y !== next.y) loop.push(next);
    }
  }
  return loop;
}

/** The Natural Earth country that contains a point, if any. */
export function countryAt(
  topology: CountriesTopology,
  lon: number,
  lat: number,
): Feature<Geometry, { name: string }> | undefined {
  return countriesOf(topology).find((f) => geoContains(f, [lon, lat]));
}
