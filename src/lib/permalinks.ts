/** Every URL and fragment id the site hands out is built here, so a shared link stays the same everywhere. */

export const INTRODUCTION_ID = "introduction";

/**
 * The page of a part in an edition whose home page is `home`, by section id (the introduction is the
 * home page): partPathIn("/es/", slugOf)("borders") is "/es/fronteras/".
 */
export function partPathIn(home: string, slugOf: (sectionId: string) => string = (id) => id) {
  return (sectionId: string): string => (sectionId === INTRODUCTION_ID ? home : `${home}${slugOf(sectionId)}/`);
}

/** The English page of a section id, or the home page for the introduction. */
export const partPath = partPathIn("/");

/**
 * A heading's fragment id without accents: the Markdown processor's slug of "Lo que pidió Washington" is
 * "lo-que-pidió-washington", which a shared link would carry as "pidi%C3%B3"; this gives "lo-que-pidio-washington".
 */
export function headingId(slug: string): string {
  return slug.normalize("NFD").replace(/\p{M}/gu, "");
}

/** Fragment id of a key figure card. Prefixed so that it can never collide with a heading or passage. */
export function figureAnchor(figureId: string): string {
  return `figure-${figureId}`;
}

/** Fragment id of a timeline event. */
export function eventAnchor(eventId: string): string {
  return `event-${eventId}`;
}

/** An absolute URL on the configured site: absoluteUrl("/borders/#x", "https://example.org") */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
