/**
 * The offline edition's rules, pure so they are tested by table: what the service worker's caches are
 * called (one name per build, so a new build's worker can delete the old ones), what "Save for offline
 * reading" downloads for an edition, and which responses may be kept at all.
 */
import { PAGE_PATHS, type Locale } from "../i18n/locales";

/** The prefix every cache of this site's worker carries; caches without it are left alone. */
export const CACHE_PREFIX = "centsec-";

/** The one cache of a build: "centsec-<build id>". */
export function cacheName(buildId: string): string {
  if (!/^[\w.-]+$/.test(buildId)) throw new Error(`build id "${buildId}" must be letters, digits, ".", "_" or "-"`);
  return `${CACHE_PREFIX}${buildId}`;
}

/** Caches an activating worker deletes: this site's caches of every other build. */
export function staleCaches(names: readonly string[], buildId: string): string[] {
  const current = cacheName(buildId);
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}

/**
 * What saving an edition downloads: its pages (home, parts, summary, about, glossary), the shared base
 * map, the stylesheets and scripts the pages load, and the offline page. Never the preview images or the
 * feed, which a reader does not open while reading.
 */
export function editionFiles(locale: Locale, partPaths: readonly string[], assets: readonly string[]): string[] {
  const pages = (["home", "summary", "about", "glossary"] as const).map((page) => PAGE_PATHS[page][locale]);
  const files = [...pages, ...partPaths, "/map.svg", "/404.html", ...assets];
  return [...new Set(files)].filter((file) => !/\/og\/|\.xml$/.test(file));
}

/** The worker keeps a response only if it is a same-origin GET answered with status 200. */
export function isCacheable(
  request: { method: string; url: string },
  response: { status: number; type?: string },
  origin: string,
): boolean {
  return (
    request.method === "GET" &&
    new URL(request.url).origin === origin &&
    response.status === 200 &&
    (response.type === undefined || response.type === "basic")
  );
}
