/** The explainer's name, used in titles, the header, previews and print. */
export const SITE_NAME = "CENTSEC 2025 explained";

/** Short line under the name in the header and footer. */
export const SITE_TAGLINE = "The Central American Security Conference, Panama";
