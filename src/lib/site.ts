/** The explainer's name, used in titles, the header, previews and print. */
export const SITE_NAME = "CENTSEC 2025 explained";

/** Short line under the name in the header and footer. */
export const SITE_TAGLINE = "The Central American Security Conference, Panama";

/** Where the site is published unless SITE_URL says otherwise; canonical URLs, previews and the sitemap use it. */
export const DEFAULT_SITE_URL = "https://centsec-explainer.example";

/** Past this many sections the header and footer link to the list on the home page instead of naming each. */
export const MAX_SECTIONS_IN_NAV = 8;

/** Where the home page lists every section. */
export const ALL_SECTIONS_HREF = "/#parts-heading";

/** The sections to name in site-wide navigation, or null when there are too many to name on every page. */
export function sectionsForNav<T>(sections: T[]): T[] | null {
  return sections.length <= MAX_SECTIONS_IN_NAV ? sections : null;
}

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Numbers from zero to ten in words, as house style spells them in running text; digits above. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/**
 * Where readers report an error: the https address in CORRECTIONS_URL (for example the issue tracker
 * of the repository the site is published from), set at deploy time. Unset, the About page describes
 * the route in words and links nowhere; a value that is not an https URL stops the build.
 */
export function correctionsUrl(value: string | undefined = process.env["CORRECTIONS_URL"]): string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`CORRECTIONS_URL: "${value}" is not a URL; set it to an https:// address or leave it unset`);
  }
  if (url.protocol !== "https:") throw new Error(`CORRECTIONS_URL: "${value}" must be an https:// address`);
  return url.href;
}
