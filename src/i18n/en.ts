/**
 * Every word of the interface in English, by key. The Spanish dictionary (es.ts) must have exactly the
 * same keys: a missing or extra key is a type error (`npm run check`) and stops the build
 * (checkDictionary in ./index.ts). Content (headlines, text, figures) lives in content/, not here.
 * A string that takes values is a function, so each edition can order the words its own way.
 */
export const en = {
  lang: "English",
  siteName: "CENTSEC 2025 explained",
  siteTagline: "The Central American Security Conference, Panama",
  /** The language switch: the other edition's name, in its own language, and where it leads. */
  switchLabel: "Español",
  switchTitle: "Leer esta página en español",
  overview: "Overview",
  numberWords: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
  decade: (decade: number) => `${decade}s`,
  readingTime: (minutes: number) => `${minutes} min read`,
};

export type Dictionary = { readonly [K in keyof typeof en]: (typeof en)[K] };
