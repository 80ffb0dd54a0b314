/**
 * The components the About page's body (content/about.mdx) gets: every content component, and its own
 * headings, paragraphs, lists and links, styled as the page's prose (the parts' bodies use `.prose` instead).
 */
import { mdxComponents } from "../content";
import Heading from "./Heading.astro";
import Link from "./Link.astro";
import List from "./List.astro";
import Paragraph from "./Paragraph.astro";

export const aboutComponents = { ...mdxComponents, h2: Heading, p: Paragraph, ul: List, a: Link };
