import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { en } from "../../src/i18n/en";
import { es } from "../../src/i18n/es";
import { checkDictionary } from "../../src/i18n";
import { ContentProblems } from "../../src/lib/content-error";

const problemsOf = (other: Record<string, unknown>): string[] => {
  try {
    checkDictionary(en, other, "es");
  } catch (error) {
    if (error instanceof ContentProblems) return error.problems.map((p) => p.message);
    throw error;
  }
  return [];
};

/** TypeScript's verdict on src/i18n/es.ts with its text changed by `edit`, as `npm run check` would give it. */
function typeErrorsOfEditedSpanish(edit: (text: string) => string): string[] {
  const file = resolve("src/i18n/es.ts");
  const text = edit(readFileSync(file, "utf8"));
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (resolve(name) === file ? text : readFile(name));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) =>
    resolve(name) === file ? ts.createSourceFile(name, text, language) : getSourceFile(name, language);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && resolve(d.file.fileName) === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the interface dictionaries", () => {
  test("have the same keys, kinds and list lengths in both editions", () => {
    expect(problemsOf(es)).toEqual([]);
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  test("a missing, extra or mistyped Spanish string stops the build, naming the file, key and language", () => {
    const { partOf: _missing, ...withoutKey } = es;
    expect(problemsOf({ ...withoutKey, extraKey: "sobra", numberWords: ["cero"], lang: () => "Español" })).toEqual([
      'src/i18n/es.ts (key "lang"): must be a string, as in src/i18n/en.ts',
      'src/i18n/es.ts (key "numberWords"): must list 11 items, as src/i18n/en.ts does',
      'src/i18n/es.ts (key "partOf"): is missing in the es dictionary (src/i18n/en.ts has it)',
      'src/i18n/es.ts (key "extraKey"): is not a key of src/i18n/en.ts; add it there or remove it (es)',
    ]);
  });

  test("a missing Spanish string is a type error", { timeout: 60_000 }, () => {
    expect(typeErrorsOfEditedSpanish((text) => text)).toEqual([]);
    const errors = typeErrorsOfEditedSpanish((text) => text.replace(/^ {2}partOf: .*\n/m, ""));
    expect(errors.join("\n")).toMatch(/Property 'partOf' is missing/);
  });
});

test("the English names of the share control, the sidebar and event links read as they always have", () => {
  expect([en.shareSection, en.linkCopied, en.copyThisLink, en.sidebarFiguresAndContents]).toEqual([
    "Share this part",
    "Link copied",
    "Copy this link:",
    "Key figures and contents",
  ]);
  expect(en.eventPermalinkLabel(en.decade(1950), "x")).toBe("1950s, link to this event: x");
});
