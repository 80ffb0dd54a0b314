/**
 * The dictionaries hold the words of the interface, never the story: no figure and no proper name of
 * the article may sit in src/i18n/ (facts live in content/, where `npm run fidelity` and the translation
 * join read them). The site's name is the one allowed exception.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ui } from "../../src/i18n";
import { LOCALES } from "../../src/i18n/locales";

const DIR = "src/i18n";

/** The article's proper names, in both languages (matched as whole words, case-sensitively). */
const STORY_NAMES = [
  "Hegseth",
  "Panama",
  "Panamá",
  "Darién",
  "Darien",
  "CENTSEC",
  "CENTAM",
  "Comfort",
  "Ndrangheta",
  "Uruguay",
  "Venezuela",
  "Belt and Road",
  "Franja y la Ruta",
  "Mexico",
  "México",
  "Chile",
  "Guatemala",
  "El Salvador",
  "China",
  "Beijing",
  "Pekín",
  "Italy",
  "Italia",
  "Cold War",
  "Guerra Fría",
  "National Guard",
  "Guardia Nacional",
  "Central American",
  "Centroamericana",
  "South America",
  "Sudamérica",
  "Americas",
  "Américas",
];

/** The site's name (and its short form for a phone's header), in each edition: the one string allowed to name the conference and its year. */
const ALLOWED = new Set([ui("en").siteName, ui("es").siteName, ui("en").siteShortName, ui("es").siteShortName]);

/** The text of every string and template literal of a TypeScript source, comments left out (`${…}` as a space). */
export function stringLiterals(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "/" && source[i + 1] === "/") i = source.indexOf("\n", i) === -1 ? source.length : source.indexOf("\n", i);
    else if (c === "/" && source[i + 1] === "*") i = source.indexOf("*/", i + 2) + 2;
    else if (c === '"' || c === "'" || c === "`") {
      let text = "";
      let depth = 0;
      i++;
      while (i < source.length && !(source[i] === c && depth === 0)) {
        if (source[i] === "\\") {
          text += source[i + 1];
          i += 2;
          continue;
        }
        if (c === "`" && depth === 0 && source[i] === "$" && source[i + 1] === "{") {
          depth = 1;
          text += " ";
          i += 2;
          continue;
        }
        if (depth > 0) {
          if (source[i] === "{") depth++;
          if (source[i] === "}") depth--;
        } else text += source[i];
        i++;
      }
      out.push(text);
      i++;
    } else i++;
  }
  return out;
}

/** What a dictionary source says about the story: each literal with a digit or an article's name. */
export function storyIn(source: string): string[] {
  return stringLiterals(source)
    .filter((text) => !ALLOWED.has(text))
    .flatMap((text) => {
      const found = [
        ...(/\d/.test(text) ? ["a digit"] : []),
        ...STORY_NAMES.filter((name) => new RegExp(`(^|[^\\p{L}])${name}($|[^\\p{L}])`, "u").test(text)),
      ];
      return found.length > 0 ? [`${found.join(", ")} in "${text}"`] : [];
    });
}

describe("storyIn", () => {
  test.each([
    ['aboutOpenText: "The report does not name the research behind the 90% fall in Darién Gap crossings"', 2],
    ['siteTagline: "The Central American Security Conference, Panama"', 2],
    ['mapDescription: (host) => `Map from Mexico to Chile${host ? `; ${host}` : ""}.`', 2],
    ['metaX: "Pete Hegseth spoke"', 1],
    ['aboutMethodMap: "Natural Earth at 1:110 million"', 1],
    ['// a comment about Panama and 2025\n  skip: "Skip to the story"', 0],
    ['siteName: "CENTSEC 2025 explained"', 0],
    ["decade: (decade: number) => `${decade}s`", 0],
    ["notFoundKicker: (status: number) => `Error ${status}`", 0],
    ['lang: "Español", china: "Chinaware"', 0],
  ])("%s: %i finding(s)", (source, count) => {
    expect(storyIn(source).flatMap((f) => f.replace(/ in ".*"$/, "").split(", "))).toHaveLength(count);
  });
});

describe.each(readdirSync(DIR).filter((f) => f.endsWith(".ts")))("src/i18n/%s", (file) => {
  const source = readFileSync(join(DIR, file), "utf8");
  // The dictionaries hold words only; the other modules hold code, whose strings ("utf8", the "404"
  // page's slug) may have digits but never a name of the story.
  const isDictionary = (LOCALES as readonly string[]).includes(file.replace(/\.ts$/, ""));
  test(isDictionary ? "holds no figure and no name of the story" : "holds no name of the story", () => {
    const found = storyIn(source).filter((f) => isDictionary || !f.startsWith("a digit in"));
    expect(found).toEqual([]);
  });
});
