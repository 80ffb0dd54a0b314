/**
 * Natural Earth's country outlines at 1:110 million (the main map and the world map) and 1:50 million (the
 * inset of Panama), as TopoJSON from the `world-atlas` package (public domain). Kept in its own module so
 * that src/lib/map/ stays pure and its tests can pass their own. The credit under the map is the
 * dictionary's `mapCredit`, in each edition's language.
 */
import coarse from "world-atlas/countries-110m.json";
import detailed from "world-atlas/countries-50m.json";
import type { CountriesTopology, Geography } from "./map";

export const naturalEarthCountries = coarse as unknown as CountriesTopology;
export const naturalEarth: Geography = { coarse: naturalEarthCountries, detailed: detailed as unknown as CountriesTopology };
