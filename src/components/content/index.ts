/**
 * The components MDX bodies get: the content components by name (their rules, which the content gate
 * enforces, are in ./registry.ts), and headings with permalinks for ## and ###.
 */
import H2 from "./H2.astro";
import H3 from "./H3.astro";
import OpenQuestionsByPart from "./OpenQuestionsByPart.astro";
import Passage from "./Passage.astro";
import type { ContentComponentName } from "./registry";
import SiteDate from "./SiteDate.astro";
import Term from "./Term.astro";
import TrackerLink from "./TrackerLink.astro";
import WithoutTracker from "./WithoutTracker.astro";
import WithTracker from "./WithTracker.astro";

/** One component for every name in the registry, and none that is not there (TypeScript checks both ways). */
const contentComponents = {
  Passage,
  Term,
  SiteDate,
  OpenQuestionsByPart,
  WithTracker,
  WithoutTracker,
  TrackerLink,
} satisfies Record<ContentComponentName, unknown>;

export const mdxComponents = { ...contentComponents, h2: H2, h3: H3 };
