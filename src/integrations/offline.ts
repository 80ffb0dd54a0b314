import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build } from "esbuild";
import { DATE_LOCALE, LANG_TAG, LOCALES, pagePath, ui, type Locale } from "../i18n";
import { editionFiles } from "../lib/offline";
import { offlinePageHtml } from "../lib/offline-page";
import type { OfflineConfig, OfflineWords } from "../offline/sw";

const SOURCE = fileURLToPath(new URL("../offline/sw.ts", import.meta.url));

/** The page paths the sitemap lists ("/", "/es/fronteras/"), read from the sitemap the build wrote. */
async function sitemapPaths(root: string): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const index = await readFile(join(root, "sitemap-index.xml"), "utf8");
  const maps = await Promise.all(locs(index).map((path) => readFile(join(root, path.slice(1)), "utf8")));
  return maps.flatMap(locs);
}

/** Where a URL path's file is in the build: "/borders/" -> "borders/index.html". */
const fileOf = (root: string, path: string) => join(root, path.endsWith("/") ? `${path}index.html` : path.slice(1));

export interface ServiceWorkerBuild {
  build: string;
  files: Record<Locale, string[]>;
  /** Each edition's bytes as a browser stores them (uncompressed). */
  stored: Record<Locale, number>;
}

/**
 * Writes `sw.js` into a built site: each edition's files (the sitemap's pages, the base map, the scripts
 * and fonts in /_astro/ and the speculation rules) and a build id hashed from those files and the worker itself,
 * so the id, and with it the cache name, changes exactly when something a reader saves changes.
 * Exported for the tests, which run it on a changed copy of dist/ to deploy "a second build".
 */
export async function writeServiceWorker(root: string): Promise<ServiceWorkerBuild> {
  const pages = await sitemapPaths(root);
  const scripts = (await readdir(join(root, "_astro")).catch(() => []))
    .filter((name) => name.endsWith(".js") || name.endsWith(".woff2"))
    .sort()
    .map((name) => `/_astro/${name}`);
  // Every page names the speculation rules in a header; saved, they load offline without an error.
  const assets = existsSync(join(root, "speculation-rules.json")) ? [...scripts, "/speculation-rules.json"] : scripts;
  const files = Object.fromEntries(LOCALES.map((l) => [l, editionFiles(l, pages, assets)])) as Record<Locale, string[]>;
  const hash = createHash("sha256");
  const stored = {} as ServiceWorkerBuild["stored"];
  for (const locale of LOCALES) {
    stored[locale] = 0;
    for (const path of files[locale]) {
      const content = await readFile(fileOf(root, path));
      hash.update(path).update(content);
      stored[locale] += content.length;
    }
  }
  const words = Object.fromEntries(
    LOCALES.map((locale) => {
      const t = ui(locale);
      const offlinePage = offlinePageHtml({
        lang: LANG_TAG[locale],
        title: t.offlineTitle,
        text: t.offlineText,
        homeHref: pagePath("home", locale),
        homeLabel: t.offlineHomeLink,
        siteName: t.siteName,
      });
      const entry: OfflineWords = {
        savedCopyNote: t.savedCopyNote("{date}"),
        progress: t.saveOfflineProgress("{done}", "{total}"),
        done: t.saveOfflineDone("{size}"),
        failed: t.saveOfflineFailed,
        dateLocale: DATE_LOCALE[locale],
        offlinePage,
      };
      return [locale, entry];
    }),
  ) as OfflineConfig["words"];
  // The id covers the saved files and the worker itself (its code and words), built once without an id.
  hash.update(await bundle({ build: "unset", files, words }));
  const id = hash.digest("hex").slice(0, 16);
  await writeFile(join(root, "sw.js"), await bundle({ build: id, files, words }));
  return { build: id, files, stored };
}

async function bundle(config: OfflineConfig): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [SOURCE],
    bundle: true,
    minify: true,
    write: false,
    format: "iife",
    target: "es2022",
    legalComments: "none",
    define: { OFFLINE_CONFIG: JSON.stringify(config) },
  });
  return result.outputFiles[0]!.contents;
}
/** After the pages and the sitemap are written (and before precompress): the service worker. */
export function offlineEdition(): AstroIntegration {
  return {
    name: "centsec:offline",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { build: id, files, stored } = await writeServiceWorker(fileURLToPath(dir));
        const sizes = LOCALES.map((l) => `${l} ${files[l].length} files, ${Math.round(stored[l] / 1024)} KiB`);
        logger.info(`sw.js for build ${id}; a saved edition, uncompressed: ${sizes.join("; ")}`);
      },
    },
  };
}
