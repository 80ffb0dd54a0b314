import { appendFile, readdir, readFile, writeFile } from "node:fs/promises";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { cspOf, headerRules, tightenCsp } from "../lib/csp";

/**
 * After the build: trims each page's CSP to the hashes of the inline code that page has, and appends
 * the same policy (plus frame-ancestors) for each page to dist/_headers.
 */
export function cspTighten(): AstroIntegration {
  return {
    name: "centsec:csp",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".html")).sort();
        const pages: { path: string; policy: string }[] = [];
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, "utf8");
          const tightened = tightenCsp(html);
          if (tightened !== html) await writeFile(path, tightened);
          const policy = cspOf(tightened);
          const urlPath = `/${file.split(sep).join("/")}`.replace(/index\.html$/, "");
          if (policy) pages.push({ path: urlPath, policy });
        }
        await appendFile(
          join(root, "_headers"),
          `\n# Per-page Content-Security-Policy, written by the build.\n${headerRules(pages)}`,
        );
      },
    },
  };
}
