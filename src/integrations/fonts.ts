import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import subsetFont from "subset-font";
import { FONT_CHARACTERS, FONT_FILES, fontsCss, withItalicPreload, type FontFile } from "../lib/fonts";

const require = createRequire(import.meta.url);
const SUBSETTER_VERSION: string = require("subset-font/package.json").version;

/** Cuts one file down to the site's characters, as woff2; cached in `cache` by what it depends on. */
async function subset(file: FontFile, cache: string): Promise<Buffer> {
  const source = await readFile(require.resolve(file.source));
  const key = createHash("sha256")
    .update(source)
    .update(FONT_CHARACTERS)
    .update(JSON.stringify(file.axes ?? {}))
    .update(SUBSETTER_VERSION)
    .digest("hex")
    .slice(0, 20);
  const cached = join(cache, `${key}.woff2`);
  try {
    return await readFile(cached);
  } catch {
    const bytes = await subsetFont(source, FONT_CHARACTERS, {
      targetFormat: "woff2",
      ...(file.axes && { variationAxes: file.axes }),
    });
    await writeFile(cached, bytes);
    return bytes;
  }
}

/** Writes a file only when its bytes change, so Vite's watcher and the file's times stay quiet. */
async function writeIfChanged(path: string, bytes: Buffer | string) {
  const old = await readFile(path).catch(() => undefined);
  if (!old || !old.equals(Buffer.from(bytes))) await writeFile(path, bytes);
}

/**
 * The self-hosted fonts (src/lib/fonts.ts): before Vite starts, each file is cut to the site's
 * characters into the build cache, beside a stylesheet of their @font-face rules and the metric-matched
 * fallbacks. Pages import `virtual:centsec-fonts/fonts.css` (and a file's URL with `?url`); Vite copies the
 * files to /_astro/ under content-hashed names, which the servers cache for a year. After the build, the
 * pages that set the italic preload it too.
 */
export function selfHostedFonts(): AstroIntegration {
  return {
    name: "centsec:fonts",
    hooks: {
      "astro:config:setup": async ({ config, updateConfig, logger }) => {
        const dir = join(fileURLToPath(config.cacheDir), "centsec-fonts");
        const cache = join(dir, "subsets");
        await mkdir(cache, { recursive: true });
        const sizes: string[] = [];
        for (const file of FONT_FILES) {
          const bytes = await subset(file, cache);
          await writeIfChanged(join(dir, `${file.id}.woff2`), bytes);
          sizes.push(`${file.id} ${bytes.length} B`);
        }
        await writeIfChanged(join(dir, "fonts.css"), `${fontsCss((file) => `./${file.id}.woff2`)}\n`);
        logger.info(`fonts: ${sizes.join(", ")}`);
        updateConfig({ vite: { resolve: { alias: [{ find: /^virtual:centsec-fonts\//, replacement: `${dir}/` }] } } });
      },
      "astro:build:done": async ({ dir }) => {
        const root = fileURLToPath(dir);
        const italic = (await readdir(join(root, "_astro"))).find((name) => /^source-serif-4-italic\.[\w-]+\.woff2$/.test(name));
        if (!italic) return;
        for (const file of (await readdir(root, { recursive: true })).filter((name) => name.endsWith(".html"))) {
          const html = await readFile(join(root, file), "utf8");
          const preloaded = withItalicPreload(html, `/_astro/${italic}`);
          if (preloaded !== html) await writeFile(join(root, file), preloaded);
        }
      },
    },
  };
}
