/**
 * The numbers a key figure's value states, read with its edition's number formatting, so that two
 * editions can be compared: "90%" and "90 %", "1,500.5" and "1.500,5" state the same numbers; "TEST" states
 * none and "999" states 999. Words are not compared ("Billions" and "Miles de millones" state no number).
 */
import type { Locale } from "../i18n/locales";

/** Spaces a number may hold before its % sign, or between groups of thousands in Spanish. */
const SPACE = "[ \\u00a0\\u202f]";

/** Per edition: a number (with its group and decimal separators) and its optional % sign. */
const NUMBER: Record<Locale, { pattern: RegExp; group: RegExp; decimal: string }> = {
  // 1,500 and 2.5
  en: { pattern: new RegExp(`\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`, "g"), group: /,/g, decimal: "." },
  // 1.500 or 1 500, and 2,5 (the RAE's spacing and the common point alike)
  es: {
    pattern: new RegExp(`\\d{1,3}(?:(?:\\.|${SPACE})\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?`, "g"),
    group: new RegExp(`\\.|${SPACE}`, "g"),
    decimal: ",",
  },
};

/** The numbers a value states, each as a plain number with "%" when it is a percentage, in ascending order. */
export function figureNumbers(value: string, locale: Locale): string[] {
  const { pattern, group, decimal } = NUMBER[locale];
  const percent = new RegExp(`^${SPACE}?%`);
  return [...value.matchAll(pattern)]
    .map((match) => {
      const plain = Number(match[0].replace(group, "").replace(decimal, "."));
      const after = value.slice(match.index + match[0].length);
      return `${plain}${percent.test(after) ? "%" : ""}`;
    })
    .sort();
}

/** Whether two editions' values of one figure state the same numbers, each read in its own language. */
export function sameFigureNumbers(english: string, translated: string, locale: Locale): boolean {
  const a = figureNumbers(english, "en");
  const b = figureNumbers(translated, locale);
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
