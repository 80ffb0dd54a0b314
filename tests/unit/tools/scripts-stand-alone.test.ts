/**
 * Tools live in scripts/ and tests import them from there, never the other way round: a script that
 * reached into tests/ would break the day a test helper moves, and would ship test code as a tool.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const TESTS = join(ROOT, "tests");

/** Every specifier a module names: static, type-only, side-effect and dynamic imports, and re-exports. */
export function importedSpecifiers(source: string): string[] {
  const patterns = [
    /^\s*import\s+(?:[^"'`;]*?\sfrom\s+)?["']([^"']+)["']/gm,
    /^\s*export\s+[^"'`;]*?\sfrom\s+["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /--import[\s=]+\.?\/?([^\s"'`]+)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!));
}

/** The specifiers of `file` that resolve into tests/ (a bare package name never does). */
export function importsFromTests(file: string, source: string): string[] {
  return importedSpecifiers(source).filter((specifier) => {
    if (!specifier.startsWith(".") && !specifier.startsWith("/") && !specifier.startsWith("tests/")) return false;
    const target = specifier.startsWith("tests/") ? join(ROOT, specifier) : resolve(dirname(file), specifier);
    return target === TESTS || target.startsWith(TESTS + sep);
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(ts|mts|mjs|js)$/.test(name))
    .map((name) => join(dir, name));
}

describe("importsFromTests", () => {
  const file = join(ROOT, "scripts/lib/x.ts");
  test.each<[string, string[]]>([
    [`import { a } from "../../tests/tools/dist";`, ["../../tests/tools/dist"]],
    [`import type { T } from "../../tests/tools/dist.ts";`, ["../../tests/tools/dist.ts"]],
    [`export { a } from "../../tests/e2e/fixtures";`, ["../../tests/e2e/fixtures"]],
    [`const m = await import("../../tests/tools/engines.ts");`, ["../../tests/tools/engines.ts"]],
    [`import { a } from "./chromium.mjs";\nimport { b } from "../../src/lib/site";\nimport "yaml";`, []],
    [`import { c } from "tests-helper";`, []],
  ])("%s", (source, found) => expect(importsFromTests(file, source)).toEqual(found));
});

test("no file under scripts/ imports from tests/", () => {
  const offenders = filesUnder(join(ROOT, "scripts")).flatMap((file) =>
    importsFromTests(file, readFileSync(file, "utf8")).map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
  );
  expect(offenders).toEqual([]);
});

test("no package.json script runs a tool from tests/ through node --import", () => {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const offenders = Object.entries(scripts).filter(([, command]) =>
    importedSpecifiers(command).some((path) => path.startsWith("tests/")),
  );
  expect(offenders).toEqual([]);
});
