/**
 * Glossary links in explainer text: `<Term id="darien-gap">Darién Gap</Term>` at a term's first mention
 * on a page links to the glossary page of its edition (/glossary/#darien-gap, /es/glosario/#darien-gap). Kept apart from mdx-body.ts so that the content gate can
 * take this over without the rest moving.
 */

const TERM = /<Term\b[^>]*?\bid\s*=\s*(["'])(.*?)\1/g;

/** Ids of the `<Term id="...">` links in a body, in order, duplicates kept. */
export function termIdsOf(body: string): string[] {
  return [...body.matchAll(TERM)].map((m) => m[2]!);
}
