/**
 * Every package the build imports (from src/, astro.config.mjs, tailwind.config.ts and the CSS entry) is a
 * declared runtime dependency, so `npm ci --omit=dev && npm run build` never depends on what npm happens to
 * hoist from another package (issue 20: `yaml` was a devDependency the build imported). Every package the
 * tools and tests import is declared too, in one or the other (issue 30: scripts/lighthouse.mjs imported
 * `chrome-launcher`, which only lighthouse's own dependencies brought in).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The package a bare specifier names, or undefined for a relative path, a builtin or a virtual module. */
export function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|astro:|virtual:|~icons\/)/.test(specifier)) return undefined;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
  return builtinModules.includes(name) ? undefined : name;
}

/** The specifiers a source file loads at run time (type-only imports are erased, so they do not count). */
export function runtimeSpecifiers(source: string, css = false): string[] {
  const patterns = css
    ? [/@(?:import|plugin)\s+["']([^"']+)["']/g]
    : [
        /^\s*import\s+(?!type\s)(?:[^"'`;]*?\sfrom\s+)?["']([^"']+)["']/gm,
        /^\s*export\s+(?!type\s)[^"'`;]*?\sfrom\s+["']([^"']+)["']/gm,
        /\bimport\(\s*["']([^"']+)["']\s*\)/g,
      ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!));
}

function filesUnder(dir: string, skip: string[] = []): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (skip.includes(path)) return [];
    return statSync(path).isDirectory() ? filesUnder(path, skip) : /\.(ts|mts|mjs|js|astro|css)$/.test(name) ? [path] : [];
  });
}

/** "file imports name, which is not in <where>" for each package the files import that `declared` lacks. */
function undeclared(files: string[], declared: Record<string, string>, where: string): string[] {
  return files.flatMap((file) =>
    runtimeSpecifiers(readFileSync(file, "utf8"), file.endsWith(".css"))
      .map(packageOf)
      .filter((name): name is string => name !== undefined && !(name in declared))
      .map((name) => `${relative(ROOT, file)} imports ${name}, which is not in ${where}`),
  );
}

describe("packageOf and runtimeSpecifiers", () => {
  test.each([
    ["yaml", "yaml"],
    ["astro/zod", "astro"],
    ["@astrojs/rss", "@astrojs/rss"],
    ["@fontsource/inter/files/inter-latin-400-normal.woff", "@fontsource/inter"],
    ["node:fs", undefined],
    ["fs", undefined],
    ["astro:content", undefined],
    ["virtual:centsec", undefined],
    ["../lib/load", undefined],
  ])("%s is the package %s", (specifier, name) => expect(packageOf(specifier)).toBe(name));

  test("reads imports, re-exports and dynamic imports, not type-only imports", () => {
    const source = `import { parse } from "yaml";\nimport type { Geo } from "d3-geo";\nimport "./side-effect";\nexport { x } from "qrcode";\nconst m = await import("satori");`;
    expect(runtimeSpecifiers(source)).toEqual(["yaml", "./side-effect", "qrcode", "satori"]);
    expect(runtimeSpecifiers(`@import "tailwindcss";\n@plugin "@tailwindcss/typography";`, true)).toEqual([
      "tailwindcss",
      "@tailwindcss/typography",
    ]);
  });
});

test("every package the build imports is in package.json's dependencies", () => {
  const sources = [...filesUnder(join(ROOT, "src")), join(ROOT, "astro.config.mjs"), join(ROOT, "tailwind.config.ts")];
  expect(undeclared(sources, manifest.dependencies, "dependencies")).toEqual([]);
});

test("every package the tools and tests import is in dependencies or devDependencies", () => {
  const sources = [
    ...filesUnder(join(ROOT, "scripts")),
    ...filesUnder(join(ROOT, "tests"), [join(ROOT, "tests/fixtures")]),
    join(ROOT, "playwright.config.ts"),
    join(ROOT, "vitest.config.ts"),
  ];
  const declared = { ...manifest.dependencies, ...manifest.devDependencies };
  expect(undeclared(sources, declared, "dependencies or devDependencies")).toEqual([]);
});
