/**
 * The content gate: MDX content is data, never code. Every MDX file is parsed with the parser the build
 * compiles it with (Sätteri, through @astrojs/mdx, with the same features and the same frontmatter
 * handling), and the tree is walked with an allowlist:
 *   - the Markdown that prose needs (PROSE below);
 *   - the project's own components and a named list of safe HTML elements, with plain string attributes
 *     (src/components/content/registry.ts, the one list to extend);
 *   - links that are https:// or a path on this site, images that are files of this site.
 * Anything else is refused: ESM `import`/`export`, `{expressions}` anywhere, raw HTML, unknown components,
 * other link schemes. Each problem names its line and the rule, in words an author understands.
 *
 * It runs twice, from the same walk (`readTree`): when content enters the build (src/lib/gated-glob.ts,
 * every file at once, in `astro build` and `astro dev`), and inside the MDX compiler itself
 * (`contentGatePlugin`, on the compiler's own tree, so a file edited while `astro dev` runs is refused
 * before any of it becomes JavaScript). The same walk reads the body's facts (passages, terms,
 * headings, words) into one record: the loader stores it with the file's entry (`bodyRecord`), and the
 * translation join and the explainer read it from there, so a body is not parsed again to build pages.
 */
import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { mdxToMdast, type MdastPluginDefinition } from "satteri";
import { CONTENT_REGISTRY, type ContentRegistry, type ElementRule } from "../components/content/registry";
import { ContentError } from "./content-error";

/**
 * Parser features of the build (astro.config.mjs passes these to the compiler): @astrojs/mdx's defaults
 * (GFM and smart punctuation), and heading attributes, so that a heading can carry an id of its own that does
 * not change with its words or its language: `## The source {#source}`.
 */
export const BUILD_FEATURES = { gfm: true, smartPunctuation: true, headingAttributes: true } as const;

/** One refusal: the line in the file and the rule broken, as a sentence for the author. */
export interface GateProblem {
  line: number;
  rule: string;
}

/** An mdast node as the gate sees it: any type, since unknown types are exactly what it must refuse. */
interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: unknown;
  url?: string;
  alt?: string | null;
  depth?: number;
  identifier?: string;
  name?: string | null;
  /** A heading's attributes (`{#id}`) arrive as the HTML properties the compiler gives it. */
  data?: { hProperties?: Record<string, unknown> };
  attributes?: Attribute[];
}

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

const NO_CODE = "explainer text may not run code";

/**
 * Markdown that prose needs, and nothing else. `true`: allowed as is (its children are checked in turn);
 * a string: refused, with the reason an author reads.
 */
const PROSE: Readonly<Record<string, true | string>> = {
  root: true,
  paragraph: true,
  heading: true, // levels checked below
  text: true,
  emphasis: true,
  strong: true,
  delete: true,
  break: true,
  thematicBreak: true,
  blockquote: true,
  list: true,
  listItem: true,
  table: true,
  tableRow: true,
  tableCell: true,
  link: true, // target checked below
  linkReference: true, // its definition's target is checked
  definition: true, // target checked below
  image: true, // source and description checked below
  imageReference: true,
  code: "a code block (``` fences) is not part of explainer text; write it as a paragraph",
  inlineCode: "`backticks` mark code, which explainer text does not contain; write the words without them",
  html: "raw HTML is not allowed in content; write Markdown instead",
  yaml: "a second frontmatter block is not allowed; the frontmatter is the one at the top of the file",
  toml: "a second frontmatter block is not allowed; the frontmatter is the one at the top of the file",
  footnoteReference: "footnotes ([^1]) are not used in the explainer; say where a fact comes from in the sentence",
  footnoteDefinition: "footnotes ([^1]) are not used in the explainer; say where a fact comes from in the sentence",
};

/** Heading levels the pages give a permalink to; `#` is the page's own title, from the frontmatter. */
const HEADING_DEPTHS = [2, 3];

/** A heading's own id: the shape of every id that ends up in a URL. */
const HEADING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** Whitespace and control characters: browsers drop some of them inside a URL, so they can hide a scheme. */
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/u;
const SITE = "https://site.invalid/part/";

/** A target as an author can read it in a message: invisible characters shown, long ones shortened. */
function shown(target: string): string {
  const visible = target.replace(
    new RegExp(`(?! )${INVISIBLE.source}`, "gu"),
    (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, "0")}`,
  );
  return visible.length > 60 ? `${visible.slice(0, 57)}...` : visible;
}

/** Why a link target may not be published, or null: only https:// and paths on this site are allowed. */
export function linkProblem(target: string): string | null {
  const what = `the link "${shown(target)}"`;
  if (target.trim() === "") return "a link has no target; write it as [words](https://…) or [words](/borders/)";
  if (INVISIBLE.test(target)) {
    return `${what} contains a space or an invisible character, which can hide where it goes; remove it or write %20`;
  }
  const scheme = SCHEME.exec(target)?.[1];
  if (scheme !== undefined) {
    if (scheme.toLowerCase() !== "https") {
      return `${what} uses ${scheme.toLowerCase()}:, but links may only be https:// or a path on this site (like /borders/)`;
    }
    let url: URL | undefined;
    try {
      url = new URL(target);
    } catch {
      url = undefined;
    }
    if (!/^https:\/\/[^/\\]/i.test(target) || url?.protocol !== "https:" || url.hostname === "") {
      return `${what} is not a complete address; write https:// followed by the host`;
    }
    return null;
  }
  if (/^[/\\]{2}/.test(target)) {
    return `${what} starts with //, which leaves the site without saying how; write https:// in full, or a path on this site with a single /`;
  }
  try {
    if (new URL(target, SITE).host !== new URL(SITE).host) return `${what} leaves the site; write https:// in full`;
  } catch {
    return `${what} is not a valid address`;
  }
  return null;
}

/** Why an image source may not be published, or null: images are files of this site, never from another host. */
export function imageProblem(source: string): string | null {
  const what = `the image "${shown(source)}"`;
  const site = "a file of this site (like /images/map.png, from public/)";
  if (source.trim() === "") return `an image has no file; write ![description](/images/map.png)`;
  if (INVISIBLE.test(source)) return `${what} contains a space or an invisible character; rename the file without them`;
  const scheme = SCHEME.exec(source)?.[1]?.toLowerCase();
  if (scheme !== undefined || /^[/\\]{2}/.test(source)) {
    const from = scheme === undefined || scheme === "https" || scheme === "http" ? "another host" : `a ${scheme}: address`;
    return `${what} comes from ${from}; images must be ${site}, so that the page loads nothing from elsewhere`;
  }
  if (source.split(/[/\\]/).includes("..")) {
    return `${what} climbs out of its folder with ..; put the image in public/ and write its path from the site root`;
  }
  if (!IMAGE_FILE.test(source.replace(/[?#].*$/, ""))) {
    return `${what} is not an image file (.png, .jpg, .gif, .webp, .avif or .svg)`;
  }
  try {
    if (new URL(source, SITE).host !== new URL(SITE).host) return `${what} must be ${site}`;
  } catch {
    return `${what} is not a valid path`;
  }
  return null;
}

function lineOf(node: Node, fallback: number): number {
  return node.position?.start.line ?? fallback;
}

function describeList(names: string[]): string {
  return names.length === 0 ? "none" : names.map((n) => `<${n}>`).join(", ");
}

/**
 * What the build knows of one MDX body, from one walk of its tree: the gate's problems, and the facts the
 * explainer, the translation join and the glossary read (which mean something only when there are no problems).
 */
export interface BodyRecord {
  /** Every problem, in document order. */
  problems: GateProblem[];
  /** Ids of the `<Passage id="...">` blocks, in order, duplicates kept. */
  passages: string[];
  /** Passages written inside another passage, as [inner, outer]: each passage stands alone. */
  nested: [string, string][];
  /** Ids of the `<Term id="...">` links, in order, duplicates kept. */
  terms: string[];
  /** The components the body uses, each once, in order of first use. */
  components: string[];
  /**
   * The `##` and `###` headings, with their text and, when the author wrote one (`## Dates {#dates}`),
   * their id: such an id is an anchor both editions share, like a passage's.
   */
  headings: { depth: number; text: string; id?: string }[];
  /** Words a reader reads: the text of the body, without markup or link targets. */
  words: number;
}

/** The string `id` of a content component named `name`, or undefined. */
function idOf(node: Node, name: string): string | undefined {
  if ((node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") || node.name !== name) return undefined;
  const id = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === "id")?.value;
  return typeof id === "string" ? id : undefined;
}

/** The text a reader reads in a node. */
function textOf(node: Node): string {
  return node.type === "text" ? String(node.value ?? "") : (node.children ?? []).map(textOf).join("");
}

const wordsIn = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Everything one parsed MDX tree holds for the build, in one walk: the gate's verdict and the body's facts. */
export function readTree(root: Node, registry: ContentRegistry = CONTENT_REGISTRY): BodyRecord {
  const problems: GateProblem[] = [];
  const record: BodyRecord = { problems, passages: [], nested: [], terms: [], components: [], headings: [], words: 0 };
  const definitions = new Map<string, { url: string; line: number }>();
  const imageReferences: { identifier: string; line: number }[] = [];
  const refuse = (line: number, rule: string) => problems.push({ line, rule });

  const visit = (node: Node, parentLine: number, inPassage: string | undefined, within: readonly string[]) => {
    const line = lineOf(node, parentLine);
    const allowed = Object.hasOwn(PROSE, node.type) ? PROSE[node.type] : undefined;
    const passage = idOf(node, "Passage");
    if (passage !== undefined) {
      record.passages.push(passage);
      if (inPassage !== undefined) record.nested.push([passage, inPassage]);
    }
    const term = idOf(node, "Term");
    if (term !== undefined) record.terms.push(term);
    switch (node.type) {
      case "mdxjsEsm":
        checkEsm(node, line, refuse);
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        refuse(line, `{…} is an expression, which is not allowed in content: ${NO_CODE} (to show a brace, write \\{)`);
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkElement(node, line, registry, refuse, within);
        if (node.name && Object.hasOwn(registry.components, node.name) && !record.components.includes(node.name)) {
          record.components.push(node.name);
        }
        break;
      case "text":
        record.words += wordsIn(String(node.value ?? ""));
        break;
      case "heading": {
        const id = headingAttributeId(node, line, refuse);
        record.headings.push({ depth: node.depth ?? 0, text: textOf(node), ...(id === undefined ? {} : { id }) });
        if (!HEADING_DEPTHS.includes(node.depth ?? 0)) {
          refuse(
            line,
            `a level-${node.depth} heading is not used; write ## for a heading and ### under it (# is the page title)`,
          );
        }
        break;
      }
      case "link": {
        const reason = linkProblem(node.url ?? "");
        if (reason) refuse(line, reason);
        break;
      }
      case "definition": {
        const reason = linkProblem(node.url ?? "");
        if (reason) refuse(line, reason);
        definitions.set(node.identifier ?? "", { url: node.url ?? "", line });
        break;
      }
      case "image": {
        const reason = imageProblem(node.url ?? "");
        if (reason) refuse(line, reason);
        if (!node.alt?.trim()) refuse(line, "an image needs a description for readers who cannot see it: ![what it shows](…)");
        break;
      }
      case "imageReference":
        imageReferences.push({ identifier: node.identifier ?? "", line });
        break;
      default:
        if (allowed === undefined) refuse(line, `${node.type} is not something explainer text may contain`);
        else if (allowed !== true) {
          refuse(line, allowed);
          return;
        }
    }
    const inside = node.name && node.type.startsWith("mdxJsx") ? [...within, node.name] : within;
    for (const child of node.children ?? []) visit(child, line, passage ?? inPassage, inside);
  };
  visit(root, 1, undefined, []);

  for (const ref of imageReferences) {
    const definition = definitions.get(ref.identifier);
    const reason = definition ? imageProblem(definition.url) : null;
    if (reason && definition) refuse(definition.line, `${reason} (it is used as an image on line ${ref.line})`);
  }
  problems.sort((a, b) => a.line - b.line);
  return record;
}

/** The id a heading fixes with `{#id}`, if any; any other attribute (a class, a style) is refused. */
function headingAttributeId(node: Node, line: number, refuse: (line: number, rule: string) => void): string | undefined {
  const { id, ...others } = node.data?.hProperties ?? {};
  for (const name of Object.keys(others)) {
    const written = name === "className" ? "a class (.name)" : `the attribute "${name}"`;
    refuse(line, `a heading may only fix its id, like ## Dates {#dates}; remove ${written}`);
  }
  if (id === undefined) return undefined;
  if (typeof id !== "string" || !HEADING_ID.test(id)) {
    refuse(line, `the heading id "{#${String(id)}}" must be lowercase letters, digits and single hyphens (like {#dates})`);
    return undefined;
  }
  return id;
}

function checkEsm(node: Node, line: number, refuse: (line: number, rule: string) => void) {
  const lines = String(node.value ?? "").split("\n");
  let found = false;
  lines.forEach((text, index) => {
    const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
    if (!keyword) return;
    found = true;
    refuse(
      line + index,
      keyword === "import"
        ? `\`import\` is not allowed in content: ${NO_CODE} or load files (<Passage> and the other content components need no import)`
        : `\`export\` is not allowed in content: ${NO_CODE} or define values`,
    );
  });
  if (!found) refuse(line, `\`import\` and \`export\` are not allowed in content: ${NO_CODE}`);
}

function checkElement(
  node: Node,
  line: number,
  registry: ContentRegistry,
  refuse: (line: number, rule: string) => void,
  within: readonly string[],
) {
  const name = node.name;
  if (!name) {
    refuse(line, "a fragment <>…</> is not allowed in content; write the text without it");
    return;
  }
  const rule: ElementRule | undefined = Object.hasOwn(registry.components, name)
    ? registry.components[name]
    : Object.hasOwn(registry.html, name)
      ? registry.html[name]
      : undefined;
  const tag = `<${name}>`;
  if (!rule) {
    if (/^[a-z]/.test(name) && !name.includes(".")) {
      const safe = Object.keys(registry.html);
      refuse(
        line,
        `raw HTML ${tag} is not allowed in content: write Markdown instead, since HTML can load, style or run things` +
          (safe.length ? ` (allowed HTML: ${describeList(safe)})` : ""),
      );
    } else {
      refuse(line, `unknown component ${tag}: content may only use ${describeList(Object.keys(registry.components))}`);
    }
    // Expressions are refused everywhere, so that each one is named even on an element refused as a whole.
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== "mdxJsxAttribute" || (attribute.value !== null && typeof attribute.value === "object")) {
        const written = attribute.name === undefined ? "{…}" : `${attribute.name}={…}`;
        refuse(line, `${written} in ${tag} is an expression, which is not allowed in content: ${NO_CODE}`);
      }
    }
    return;
  }
  if (rule.within !== undefined && !within.includes(rule.within)) {
    refuse(line, `${tag} belongs inside <${rule.within}>; put it there`);
  }
  if (rule.placement === "block" && node.type === "mdxJsxTextElement") {
    refuse(
      line,
      `${tag} wraps whole paragraphs: put the opening and closing tags on lines of their own, with blank lines around the text`,
    );
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== "mdxJsxAttribute" || attribute.name === undefined) {
      refuse(
        line,
        `{…} in ${tag} is an expression, which is not allowed in content: ${NO_CODE}; write attributes as name="value"`,
      );
      continue;
    }
    const attr = attribute.name;
    if (!Object.hasOwn(rule.attributes, attr)) {
      const known = Object.keys(rule.attributes);
      refuse(
        line,
        `${tag} has no attribute "${attr}"; it takes ${known.length ? known.map((k) => `"${k}"`).join(", ") : "none"}`,
      );
      continue;
    }
    if (seen.has(attr)) refuse(line, `the attribute "${attr}" of ${tag} is written twice`);
    seen.add(attr);
    const value = attribute.value;
    if (value === null || value === undefined) {
      refuse(line, `the attribute "${attr}" of ${tag} needs a value in quotes, like ${attr}="…"`);
      continue;
    }
    if (typeof value !== "string") {
      refuse(line, `${attr}={…} in ${tag} is an expression, which is not allowed in content: ${NO_CODE}; write ${attr}="…"`);
      continue;
    }
    const expected = rule.attributes[attr]!;
    if (expected.pattern && !expected.pattern.test(value)) {
      refuse(line, `the attribute ${attr}="${shown(value)}" of ${tag} must be ${expected.expected}`);
    }
    const target = expected.link ? linkProblem(value) : expected.image ? imageProblem(value) : null;
    if (target) refuse(line, `in ${tag}, ${target}`);
  }
  for (const [attr, expected] of Object.entries(rule.attributes)) {
    if (expected.required && !seen.has(attr)) refuse(line, `${tag} needs the attribute ${attr}="…" (${expected.expected})`);
  }
  if (!rule.children && (node.children?.length ?? 0) > 0) {
    refuse(line, `${tag} wraps no text; write it as <${name} … />`);
  }
}

/** The file as the MDX compiler sees it: frontmatter blanked out the way @astrojs/mdx does, lines kept. */
function bodyAsCompiled(source: string): string {
  return parseFrontmatter(source, { frontmatter: "empty-with-spaces" }).content;
}

/** A record of a file that could not be read: its one problem, and no facts. */
const unreadable = (problem: GateProblem): BodyRecord => ({
  problems: [problem],
  passages: [],
  nested: [],
  terms: [],
  components: [],
  headings: [],
  words: 0,
});

/**
 * One MDX text parsed once into its record. A whole file (`frontmatter: true`) has its frontmatter
 * blanked out first, so that lines match the file; a body as the loader stores it has none.
 */
export function readMdx(
  source: string,
  { frontmatter = true, registry = CONTENT_REGISTRY }: { frontmatter?: boolean; registry?: ContentRegistry } = {},
): BodyRecord {
  let body = source;
  if (frontmatter) {
    try {
      body = bodyAsCompiled(source);
    } catch (error) {
      // The collection's own loader reports bad frontmatter in full; here it only stops the body's check.
      const mark = (error as { mark?: { line?: number } }).mark;
      return unreadable({
        line: (mark?.line ?? 0) + 1,
        rule: `the frontmatter is not valid YAML: ${(error as Error).message.split("\n")[0]}`,
      });
    }
  }
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: BUILD_FEATURES }) as unknown as Node;
  } catch (error) {
    return unreadable(parseProblem(error));
  }
  return readTree(tree, registry);
}

/** Every problem in one MDX file (its whole text, frontmatter included, so lines match the file). */
export function gateMdx(source: string, registry: ContentRegistry = CONTENT_REGISTRY): GateProblem[] {
  return readMdx(source, { registry }).problems;
}

/** The parser stops at its first error ("9:8: Unexpected character…"): that line, in plain words. */
function parseProblem(error: unknown): GateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(message);
  const reason = (at ? message.slice(at[0].length) : message).replace(/\s*\([a-z-]+:[a-z-]+\)$/, "");
  return {
    line: at ? Number(at[1]) : 1,
    rule: `this cannot be read as MDX (${reason}); in prose write < as &lt; and { as \\{ (the rest of the file is checked once this is fixed)`,
  };
}

/** The problems of one file as build errors, "file:line: rule". */
export function asContentErrors(file: string, problems: GateProblem[]): ContentError[] {
  return problems.map((p) => new ContentError(`${file}:${p.line}`, null, p.rule));
}

/**
 * The gate inside the MDX compiler (an mdast plugin of @astrojs/mdx's Sätteri processor): a file that
 * breaks a rule never becomes JavaScript, whichever way it reached the compiler.
 */
export function contentGatePlugin(registry: ContentRegistry = CONTENT_REGISTRY): MdastPluginDefinition {
  return {
    name: "centsec:content-gate",
    options: { position: true },
    before(root, context) {
      const { problems } = readTree(root as unknown as Node, registry);
      if (problems.length === 0) return;
      const url = context.fileURL;
      const file = url ? relativeToCwd(url) : "an MDX file";
      throw new ContentGateError(asContentErrors(file, problems), problems[0]!.line);
    },
  };
}

function relativeToCwd(url: URL): string {
  const path = decodeURIComponent(url.pathname);
  const cwd = `${process.cwd().replace(/\/$/, "")}/`;
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}

/** Thrown by the compiler plugin; `line` lets Vite and the dev overlay point at the first problem. */
export class ContentGateError extends Error {
  constructor(
    readonly problems: ContentError[],
    readonly line: number,
  ) {
    super(
      `The content gate refused this file (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  - ${p.message}`).join("\n")}`,
    );
    this.name = "ContentGateError";
  }
}
