/**
 * The content folder, relative to the project root: content/, unless CENTSEC_CONTENT_DIR points elsewhere
 * (the tests and the benchmark build from copies). One constant for the collections (src/content.config.ts)
 * and the loader's messages (src/lib/load.ts). Another edition's words are in its subfolder, content/es/.
 */
export const CONTENT_DIR = (process.env["CENTSEC_CONTENT_DIR"] ?? "content").replace(/^\.\//, "").replace(/\/+$/, "") || ".";

/** The folder of an edition's files: content/ for English, content/<locale>/ for another edition. */
export const editionDir = (locale: string): string => (locale === "en" ? CONTENT_DIR : `${CONTENT_DIR}/${locale}`);
