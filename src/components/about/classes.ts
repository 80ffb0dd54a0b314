/** The About page's links in its prose, to the glossary or the tracker. */
export const ABOUT_LINK = "text-accent-700 underline underline-offset-2 dark:text-accent-300";
