/** The components MDX bodies get: <Passage> and <Term> by name, and headings with permalinks for ## and ###. */
import H2 from "./H2.astro";
import H3 from "./H3.astro";
import Passage from "./Passage.astro";
import Term from "./Term.astro";

export const mdxComponents = { Passage, Term, h2: H2, h3: H3 };
