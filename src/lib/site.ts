/** Where the site is published unless SITE_URL says otherwise; canonical URLs, previews and the sitemap use it. */
export const DEFAULT_SITE_URL = "https://centsec-explainer.example";

/** Past this many sections the header and footer link to the list on the home page instead of naming each. */
export const MAX_SECTIONS_IN_NAV = 8;

/** The sections to name in site-wide navigation, or null when there are too many to name on every page. */
export function sectionsForNav<T>(sections: T[]): T[] | null {
  return sections.length <= MAX_SECTIONS_IN_NAV ? sections : null;
}

/** A part gets a table of contents when it has at least this many `##` headings. */
export const MIN_HEADINGS_FOR_CONTENTS = 3;

/** The entries of a part's table of contents: its `##` headings, or none when there are too few to need one. */
export function tableOfContents<H extends { depth: number }>(headings: readonly H[]): H[] {
  const entries = headings.filter((h) => h.depth === 2);
  return entries.length >= MIN_HEADINGS_FOR_CONTENTS ? entries : [];
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
