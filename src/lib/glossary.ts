/**
 * Glossary links in explainer text: `<Term id="darien-gap">Darién Gap</Term>` at a term's first mention
 * on a page links to the glossary page of its edition (/glossary/#darien-gap, /es/glosario/#darien-gap).
 */
import { readMdx } from "./content-gate";

/** Ids of the `<Term id="...">` links of an MDX file (frontmatter and all), in order, duplicates kept. */
export function termIdsOf(source: string): string[] {
  return readMdx(source).terms;
}
