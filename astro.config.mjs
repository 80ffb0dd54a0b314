// @ts-check
import { satteri } from "@astrojs/markdown-satteri";
import mdx from "@astrojs/mdx";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import icon from "astro-icon";
import { astroHeadInjectDirective } from "./src/integrations/astro-head-inject-directive.ts";
import { atomicDist } from "./src/integrations/atomic-dist.ts";
import { cspTighten } from "./src/integrations/csp-tighten.ts";
import { cssPrune } from "./src/integrations/css-prune.ts";
import { offlineEdition } from "./src/integrations/offline.ts";
import { devTrailingSlash } from "./src/integrations/dev-trailing-slash.ts";
import { contentGatePlugin } from "./src/lib/content-gate.ts";
import { precompress } from "./src/integrations/precompress.ts";
import { DEFAULT_SITE_URL } from "./src/lib/site.ts";

/** Where the site is published; canonical URLs, previews and the sitemap are built from it. */
const site = process.env.SITE_URL ?? DEFAULT_SITE_URL;

export default defineConfig({
  site,
  trailingSlash: "always",
  outDir: process.env.CENTSEC_OUT_DIR ?? "./dist",
  cacheDir: process.env.CENTSEC_CACHE_DIR ?? "./node_modules/.astro",
  build: {
    format: "directory",
    inlineStylesheets: "always",
    // Six pages at a time: preview images rasterise on worker threads (src/lib/raster-pool.ts) while the
    // next pages render. At 1,000 sections (npm run bench): 4 took 60 s, 6 took 57 s, 8 took 53 s but
    // peaked at 2,080 MiB, past the 2 GiB goal.
    concurrency: 6,
  },
  // No code blocks in this explainer; Shiki would also need inline styles, which the CSP forbids.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [
    // MDX compiles with Astro's default processor (Sätteri) plus the content gate, which refuses any file
    // that breaks the content rules before it becomes JavaScript (src/lib/content-gate.ts).
    mdx({ processor: satteri({ mdastPlugins: [contentGatePlugin()] }) }),
    // Only the icons the site uses are bundled (see `lucide:` in src/).
    icon({ include: { lucide: ["arrow-left", "arrow-right", "printer", "share-2"] } }),
    // Order matters: every step that writes or rewrites files in the output (the CSP step, the worker)
    // runs before precompress, so no .br/.gz is made from a file that changes later; atomicDist is last.
    // Pruning each page's CSS changes its inline styles, so it runs before the CSP step trims their hashes.
    cssPrune(),
    cspTighten(),
    // The service worker lists the pages of the sitemap and hashes the final pages for its build id.
    offlineEdition(),
    precompress(),
    atomicDist(),
  ],
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "manifest-src 'self'",
        // The offline edition's service worker, /sw.js (src/offline/sw.ts).
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'none'",
        "object-src 'none'",
      ],
    },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: [tailwindcss(), astroHeadInjectDirective(), devTrailingSlash()],
  },
});
