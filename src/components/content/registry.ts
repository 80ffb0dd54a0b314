/**
 * What MDX content may use besides plain Markdown: the one list the content gate (src/lib/content-gate.ts)
 * reads. To give authors a new component, add its rule here and the component to ./index.ts (TypeScript
 * refuses one without the other). Everything not listed here is refused, with the file and the line.
 *
 * Attributes are always plain strings written in quotes (`id="darien-gap"`): never `{expressions}`, never
 * a bare attribute without a value. Each rule says, in words an author understands, what the value must be.
 */

export interface AttributeRule {
  required: boolean;
  /** The value must match this in full; `expected` says what that means for an author. */
  pattern?: RegExp;
  /** The value is a link target: https:// or a path on this site, checked like every link in the text. */
  link?: boolean;
  /** The value is an image: a file of this site, checked like every image in the text. */
  image?: boolean;
  /** What the value must be, completing "… must be": "lowercase letters, digits and single hyphens". */
  expected: string;
}

export interface ElementRule {
  /**
   * "block": on lines of its own, with blank lines around what it wraps (a `<div>`-like wrapper);
   * "inline": inside a sentence (a `<span>`-like word or phrase).
   */
  placement: "block" | "inline";
  /** Whether it wraps text (`<Passage id="…">text</Passage>`) or stands alone (`<Thing />`). */
  children: boolean;
  attributes: Readonly<Record<string, AttributeRule>>;
  /** The component it must sit inside, when it means something only there. */
  within?: string;
  /** The one page whose body may use it, when it fills in that page's values ("about": content/about.mdx). */
  onlyIn?: "about";
}

export type ElementRules = Readonly<Record<string, ElementRule>>;

/** Lowercase words joined by single hyphens: the shape of every id that ends up in a URL. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The project's own content components, by the name authors write. */
export const CONTENT_COMPONENTS = {
  /** A passage that key figures and timeline events point to; its id is the permalink `/borders/#darien-gap`. */
  Passage: {
    placement: "block",
    children: true,
    attributes: {
      id: { required: true, pattern: ID, expected: "lowercase letters, digits and single hyphens (like darien-gap)" },
    },
  },
  /** A glossary link at a term's first mention: <Term id="darien-gap">Darién Gap</Term> (the id is checked against the glossary). */
  Term: {
    placement: "inline",
    children: true,
    attributes: {
      id: { required: true, pattern: ID, expected: "the id of a glossary entry: lowercase letters, digits and single hyphens" },
    },
  },
  /*
   * The About page's own (content/about.mdx): values the page fills in from its route data
   * (src/lib/route-context.ts `AboutValues`). In another body the build refuses them (src/lib/explainer-checks.ts).
   */
  /** A date of the explainer: <SiteDate of="published" /> or <SiteDate of="modified" />. */
  SiteDate: {
    onlyIn: "about",
    placement: "inline",
    children: false,
    attributes: {
      of: { required: true, pattern: /^(?:published|modified)$/, expected: '"published" or "modified"' },
    },
  },
  /** The open questions of every part, each under its part's title: <OpenQuestionsByPart />. */
  OpenQuestionsByPart: { onlyIn: "about", placement: "block", children: false, attributes: {} },
  /** Paragraphs shown only when an issue tracker is configured (CORRECTIONS_URL). */
  WithTracker: { onlyIn: "about", placement: "block", children: true, attributes: {} },
  /** Paragraphs shown only when none is. */
  WithoutTracker: { onlyIn: "about", placement: "block", children: true, attributes: {} },
  /** A link to the issue tracker, inside <WithTracker>: <TrackerLink>the issue tracker</TrackerLink>. */
  TrackerLink: { onlyIn: "about", placement: "inline", children: true, attributes: {}, within: "WithTracker" },
} as const satisfies ElementRules;

export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

/**
 * Raw HTML elements content may use, each with the reason it is needed. None today: Markdown already
 * writes everything the explainer's prose needs (paragraphs, headings, emphasis, lists, quotes, links),
 * and raw HTML is how a page gets frames, styles, scripts, forms and requests to other hosts. Add an
 * element only when Markdown cannot say it, with string attributes only, and say why here.
 */
export const SAFE_HTML_ELEMENTS: ElementRules = {};

/** Everything the gate allows beyond Markdown. Tests pass their own to check the gate's rules. */
export interface ContentRegistry {
  components: ElementRules;
  html: ElementRules;
}

export const CONTENT_REGISTRY: ContentRegistry = { components: CONTENT_COMPONENTS, html: SAFE_HTML_ELEMENTS };
