/**
 * The service worker, /sw.js: bundled by src/integrations/offline.ts with the build's id, each edition's
 * files and words. It answers only for pages and the files an edition saves (see `answers`), network
 * first, so a reader online always gets the current page; a page is answered from the saved copy only
 * when the network fails, and then says so. Only same-origin GET responses with status 200 are kept, in
 * one cache per build; activation deletes the others.
 */
import { localeOf, type Locale } from "../i18n/locales";
import { answers, cacheName, isCacheable, refusedSpeculation, savedKey, staleCaches, withSavedCopyNote } from "../lib/offline";

export interface OfflineConfig {
  build: string;
  /** Each edition's files, as "Save for offline reading" downloads them. */
  files: Record<Locale, string[]>;
  /** Per edition: its words with "{date}", "{done}", "{total}", "{size}" to fill in, its Intl locale, the offline page. */
  words: Record<Locale, OfflineWords>;
}
export interface OfflineWords {
  savedCopyNote: string;
  progress: string;
  done: string;
  failed: string;
  dateLocale: string;
  offlinePage: string;
}
declare const OFFLINE_CONFIG: OfflineConfig;

/** The parts of the worker's global scope this file uses (the DOM library has no worker types). */
interface WorkerEvent {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends WorkerEvent {
  request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface MessageEvent extends WorkerEvent {
  data: unknown;
  source: { postMessage(message: unknown): void } | null;
}
interface WorkerScope {
  location: Location;
  navigator: Navigator & { connection?: { saveData?: boolean } };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: WorkerEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;
const { build, files, words } = OFFLINE_CONFIG;
const CACHE = cacheName(build);
const origin = worker.location.origin;
/** Every file of both editions: the worker answers for these and for pages, and for nothing else. */
const savedFiles = new Set(Object.values(files).flat());

worker.addEventListener("install", (event) => event.waitUntil(worker.skipWaiting()));

worker.addEventListener("activate", (event) =>
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), build).map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  ),
);

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (!answers(request, origin, savedFiles)) return;
  if (refusedSpeculation(request.headers, !!worker.navigator.connection?.saveData)) {
    event.respondWith(Response.error());
    return;
  }
  event.respondWith(networkFirst(event));
});

async function networkFirst(event: FetchEvent): Promise<Response> {
  const { request } = event;
  try {
    const response = await fetch(request);
    if (isCacheable(request, response, origin)) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(savedKey(request.url), copy)));
    }
    return response;
  } catch (error) {
    const saved = await caches.match(savedKey(request.url), { cacheName: CACHE, ignoreVary: true });
    if (request.mode !== "navigate") {
      if (saved) return saved;
      throw error;
    }
    const { savedCopyNote, dateLocale, offlinePage } = words[localeOf(new URL(request.url))];
    if (!saved) {
      return new Response(offlinePage, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
    }
    const sent = new Date(saved.headers.get("date") ?? Date.now());
    const date = new Intl.DateTimeFormat(dateLocale, { day: "numeric", month: "long", year: "numeric" }).format(sent);
    const headers = new Headers(saved.headers);
    headers.delete("content-length");
    headers.delete("content-encoding");
    return new Response(withSavedCopyNote(await saved.text(), savedCopyNote.replace("{date}", date)), { headers });
  }
}

/** "Save for offline reading": the page sends its address; the edition of that address is downloaded. */
worker.addEventListener("message", (event) => {
  const { data, source } = event;
  if (!source || typeof data !== "object" || data === null || typeof (data as { save?: unknown }).save !== "string") return;
  const locale = localeOf((data as { save: string }).save);
  const list = files[locale];
  const { progress, done: saved, failed: notSaved, dateLocale } = words[locale];
  const kB = new Intl.NumberFormat(dateLocale, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      let done = 0;
      let bytes = 0;
      let failed = 0;
      for (const file of list) {
        try {
          // Revalidated, not taken from the HTTP cache unchecked: the saved copy is the current one.
          const response = await fetch(file, { cache: "no-cache" });
          if (!isCacheable({ method: "GET", url: response.url }, response, origin)) throw new Error(file);
          bytes += (await response.clone().arrayBuffer()).byteLength;
          await cache.put(savedKey(response.url), response);
        } catch {
          failed++;
        }
        const busy = ++done < list.length;
        const text = busy
          ? progress.replace("{done}", String(done)).replace("{total}", String(list.length))
          : failed
            ? notSaved
            : saved.replace("{size}", kB.format(bytes / 1000));
        source.postMessage({ text, busy });
      }
    })(),
  );
});
