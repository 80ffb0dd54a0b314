/** The explainer's name, used in titles, the header, previews and print. */
export const SITE_NAME = "CENTSEC 2025 explained";

/** Short line under the name in the header and footer. */
export const SITE_TAGLINE = "The Central American Security Conference, Panama";

/** Where the site is published unless SITE_URL says otherwise; canonical URLs, previews and the sitemap use it. */
export const DEFAULT_SITE_URL = "https://centsec-explainer.example";
