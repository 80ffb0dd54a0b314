/** The components MDX bodies get: <Passage> by name, and headings with permalinks for ## and ###. */
import H2 from "./H2.astro";
import H3 from "./H3.astro";
import Passage from "./Passage.astro";

export const mdxComponents = { Passage, h2: H2, h3: H3 };
