/**
 * Glossary links in explainer text: `<Term id="darien-gap">Darién Gap</Term>` at a term's first mention
 * on a page links to /glossary/#darien-gap. Kept apart from mdx-body.ts so that the content gate can
 * take this over without the rest moving.
 */

export const GLOSSARY_PATH = "/glossary/";

const TERM = /<Term\b[^>]*?\bid\s*=\s*(["'])(.*?)\1/g;

/** Ids of the `<Term id="...">` links in a body, in order, duplicates kept. */
export function termIdsOf(body: string): string[] {
  return [...body.matchAll(TERM)].map((m) => m[2]!);
}

/** Where a glossary entry lives: "/glossary/#darien-gap". */
export function glossaryHref(id: string): string {
  return `${GLOSSARY_PATH}#${id}`;
}
