/**
 * The offline edition's rules, pure so they are tested by table, and bundled as they are into the
 * service worker (src/offline/sw.ts): what its caches are called (one name per build, so a new build's
 * worker can delete the old ones), what "Save for offline reading" downloads for an edition, which
 * responses may be kept at all, and how a page from the saved copy says so.
 */
import { localeOf, type Locale } from "../i18n/locales";
import { basemapFile, FRAMES } from "./map/frame";

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

/** The base map files: the shared one and each part frame's (src/lib/map/frame.ts `basemapFile`). */
const BASEMAPS = FRAMES.map(basemapFile);
/** Files a reader never opens while reading, so saving never downloads them: preview images, feeds, sitemaps. */
const NOT_SAVED = /(^|\/)og\/|\.xml$/;

/**
 * What saving an edition downloads: the pages the sitemap lists for that edition, the base maps,
 * and the scripts and fonts the pages load (the CSS is inlined in every page). Never the preview images or the
 * feed, which a reader does not open while reading.
 */
export function editionFiles(locale: Locale, sitemapPaths: readonly string[], assets: readonly string[]): string[] {
  const pages = sitemapPaths.filter((path) => localeOf(path) === locale);
  return [...new Set([...pages, ...BASEMAPS, ...assets])].filter((file) => !NOT_SAVED.test(file));
}

/**
 * Whether the worker answers a request at all: a same-origin GET for a page (a navigation) or for a file
 * a saved edition holds. Anything else (the favicon, a preview image) goes to the network as if there
 * were no worker: Firefox logs an error in the page when a request the worker answers is cancelled, as
 * the favicon's is when the reader follows a link before it arrives.
 */
export function answers(
  request: { method: string; url: string; mode: string },
  origin: string,
  savedFiles: ReadonlySet<string>,
): boolean {
  if (request.method !== "GET") return false;
  const url = new URL(request.url);
  return url.origin === origin && (request.mode === "navigate" || savedFiles.has(url.pathname));
}

/** The worker keeps a response only if it is a same-origin GET answered with status 200, not redirected. */
export function isCacheable(
  request: { method: string; url: string },
  response: { status: number; type?: string; redirected?: boolean },
  origin: string,
): boolean {
  return (
    request.method === "GET" &&
    new URL(request.url).origin === origin &&
    response.status === 200 &&
    !response.redirected &&
    (response.type === undefined || response.type === "basic" || response.type === "default")
  );
}

/**
 * The key a page is saved under: its address without query or fragment, and with the trailing slash a
 * page's address has (`/borders` and `/borders/?from=feed` are the page `/borders/`).
 */
export function savedKey(url: string): string {
  const { origin, pathname } = new URL(url);
  const last = pathname.split("/").at(-1)!;
  return origin + (last && !last.includes(".") ? `${pathname}/` : pathname);
}

/**
 * A speculative load (prefetch or prerender from the speculation rules) that the reader's Save-Data
 * preference forbids: nothing is downloaded that the reader did not ask for.
 */
export function refusedSpeculation(headers: { get(name: string): string | null }, saveData: boolean): boolean {
  const purpose = headers.get("sec-purpose") ?? headers.get("purpose") ?? "";
  return /prefetch/.test(purpose) && (saveData || headers.get("save-data") === "on");
}

export const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/**
 * A saved page as the worker serves it when the network fails: the note that it is the saved copy, with
 * its date, as a status message at the start of the main landmark (no script and no style of its own,
 * so the page's CSP hashes still hold).
 */
export function withSavedCopyNote(html: string, note: string): string {
  const paragraph =
    `<div class="mx-auto mt-4 max-w-6xl px-4 sm:px-6"><p role="status" data-saved-copy ` +
    `class="rounded border border-stone-300 px-3 py-2 font-sans text-sm font-bold dark:border-stone-700">` +
    `${escapeHtml(note)}</p></div>`;
  const main = /<main\b[^>]*>/.exec(html);
  if (main) return html.replace(main[0], main[0] + paragraph);
  return html.replace(/<body\b[^>]*>/, (body) => body + paragraph);
}
