/** The interface dictionaries, one per edition, and the check that they hold the same keys. */
import { ContentError, ContentProblems } from "../lib/content-error";
import { en, type Dictionary } from "./en";
import { es } from "./es";
import { LOCALES, type Locale } from "./locales";

export * from "./locales";
export type { Dictionary };

const DICTIONARIES: Record<Locale, Dictionary> = { en, es };

/**
 * Refuses a dictionary whose keys differ from the English one's, or whose value is of another kind (a
 * list where English has a function), naming the file, the key and the language. The type system already
 * refuses this in `npm run check`; this check also stops a build that skipped it.
 */
export function checkDictionary(reference: Record<string, unknown>, other: Record<string, unknown>, locale: Locale): void {
  const file = `src/i18n/${locale}.ts`;
  const problems: ContentError[] = [];
  for (const [key, value] of Object.entries(reference)) {
    if (!(key in other)) {
      problems.push(new ContentError(file, `key "${key}"`, `is missing in the ${locale} dictionary (src/i18n/en.ts has it)`));
    } else if (typeof other[key] !== typeof value || Array.isArray(other[key]) !== Array.isArray(value)) {
      problems.push(
        new ContentError(file, `key "${key}"`, `must be a ${Array.isArray(value) ? "list" : typeof value}, as in src/i18n/en.ts`),
      );
    } else if (Array.isArray(value) && (other[key] as unknown[]).length !== value.length) {
      problems.push(new ContentError(file, `key "${key}"`, `must list ${value.length} items, as src/i18n/en.ts does`));
    }
  }
  for (const key of Object.keys(other)) {
    if (!(key in reference)) {
      problems.push(
        new ContentError(file, `key "${key}"`, `is not a key of src/i18n/en.ts; add it there or remove it (${locale})`),
      );
    }
  }
  if (problems.length > 0) throw new ContentProblems(problems);
}

for (const locale of LOCALES) if (locale !== "en") checkDictionary(en, DICTIONARIES[locale], locale);

/** The dictionary of an edition: `ui("es").siteName`. */
export const ui = (locale: Locale): Dictionary => DICTIONARIES[locale];

/** Numbers from zero to ten in words, as house style spells them in running text; digits above. */
export const numberWord = (n: number, locale: Locale): string => DICTIONARIES[locale].numberWords[n] ?? String(n);
