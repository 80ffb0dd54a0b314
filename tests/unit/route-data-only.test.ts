/**
 * The route is the one place that loads data (src/lib/routes.ts): no view, layout or component reads
 * astro:content, calls the loader, or works out its edition from the URL. A structural check over the
 * source of every .astro file under src/views, src/layouts and src/components.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

/** What a file below the route may not do, each with the sentence a failure prints. */
const FORBIDDEN: [RegExp, string][] = [
  [/from\s+["'](?:\.\.\/)+lib\/load(?:\.ts)?["']/, "imports the loader (src/lib/load.ts): take the data as props"],
  [
    /from\s+["'](?:\.\.\/)+lib\/routes(?:\.ts)?["']/,
    "imports the routes (src/lib/routes.ts), which load: take the data as props",
  ],
  [/from\s+["']astro:content["']/, "reads astro:content: take the data as props"],
  [/\bAstro\.url\b/, "reads Astro.url: the edition and the page's path are on Astro.locals.route (routeContext)"],
  [/\b(?:localeOf|edition)\(/, "works out the edition itself: read it from routeContext(Astro.locals) or the frame"],
];

/** The sentences for what a file's source does that only the route may do. */
export const dataLoadingIn = (source: string): string[] =>
  FORBIDDEN.filter(([pattern]) => pattern.test(source)).map(([, why]) => why);

const astroFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? astroFiles(join(dir, entry.name)) : entry.name.endsWith(".astro") ? [join(dir, entry.name)] : [],
  );

describe("dataLoadingIn", () => {
  test.each<[string, string, number]>([
    ["a view that loads its edition", 'import { loadExplainer } from "../lib/load";\nconst e = await loadExplainer(locale);', 1],
    ["a layout that awaits both editions", 'import { loadEditions } from "../lib/load.ts";', 1],
    ["a component that reads its edition from the URL", "const { locale, t } = edition(Astro.url);", 2],
    ["a component that marks names by the URL's edition", "const names = await foreignNames(localeOf(Astro.url));", 2],
    ["an MDX component two folders down", 'import { foreignNames } from "../../lib/load";', 1],
    ["a component that reads a collection", 'import { getCollection } from "astro:content";', 1],
    [
      "a component that reads the route context",
      'import { routeContext } from "../lib/route-context";\nconst { t } = routeContext(Astro.locals);',
      0,
    ],
    ["a view that takes its props' types from the route data", 'import type { ViewProps } from "../lib/route-data";', 0],
  ])("%s", (_name, source, count) => {
    expect(dataLoadingIn(source)).toHaveLength(count);
  });
});

test.each(["src/views", "src/layouts", "src/components"].flatMap(astroFiles))("%s loads nothing", (file) => {
  expect(dataLoadingIn(readFileSync(file, "utf8"))).toEqual([]);
});
