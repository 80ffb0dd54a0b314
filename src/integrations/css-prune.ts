import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { rewriteInlineStyles } from "../lib/csp";
import { pruneCss, pruningMatcher } from "../lib/css-usage";

/**
 * After the build: each page's inlined CSS loses the rules that cannot apply to that page (see
 * src/lib/css-usage.ts), and the page's CSP gets the hashes of the pruned styles. Every page inlines
 * one bundle holding every template's CSS and every Tailwind utility of the site; what a page keeps
 * is what its own HTML can use. Runs before cspTighten, which keeps only the hashes a page uses.
 */
export function cssPrune(): AstroIntegration {
  return {
    name: "centsec:css-prune",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith(".html"));
        let before = 0;
        let after = 0;
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, "utf8");
          const matches = pruningMatcher(html);
          const pruned = rewriteInlineStyles(html, (css) => pruneCss(css, matches));
          before += html.length;
          after += pruned.length;
          if (pruned !== html) await writeFile(path, pruned);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `CSS no page uses taken out of ${files.length} pages: ${Math.round((before - after) / 1024)} KiB in ${seconds} s`,
        );
      },
    },
  };
}
