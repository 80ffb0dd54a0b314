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
