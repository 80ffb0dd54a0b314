/**
 * Natural Earth's country outlines at 1:110 million, as TopoJSON from the `world-atlas` package (public
 * domain). Kept in its own module so that src/lib/map.ts stays pure and its tests can pass their own. The
 * credit under the map is the dictionary's `mapCredit`, in each edition's language.
 */
import countries from "world-atlas/countries-110m.json";
import type { CountriesTopology } from "./map";

export const naturalEarthCountries = countries as unknown as CountriesTopology;
