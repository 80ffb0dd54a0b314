/**
 * Which CSS rules can apply to a page: a rule applies when one of its selectors matches an element of
 * the page's HTML once the states the reader or a script puts elements in (hover, focus, :target, an
 * opened <details>…) are taken off. Parsing and matching are postcss, css-what, htmlparser2 and
 * css-select, the engines beasties (critical CSS) is built on.
 *
 * Two users: the measure of a page's unused CSS (`unusedRules`, the dist test's 20% goal), and the build
 * step that drops what cannot apply from each page's inlined CSS (`pruneCss`, src/integrations/css-prune.ts).
 */
import { compile, selectOne } from "css-select";
import type { AnyNode, Document, Element } from "domhandler";
import { isTraversal, parse, SelectorType, type Selector } from "css-what";
import { DomUtils, parseDocument } from "htmlparser2";
import postcss, { type AtRule, type ChildNode, type Container, type Root, type Rule } from "postcss";

/** The reader's states: the measure takes them off a selector before matching it (issue 30's definition). */
export const READER_STATES: readonly string[] = [
  "hover",
  "focus",
  "active",
  "visited",
  "focus-visible",
  "focus-within",
  // Also focus and following a link to a passage: Firefox's :focus-visible, and the highlighted #passage.
  "-moz-focusring",
  "target",
];

/**
 * What pruning also takes off, because it can change after the page loads: states of form controls and
 * <details>, and `:empty`, which the status lines of the share and offline buttons stop being once a
 * script writes into them.
 */
export const CHANGING_STATES: readonly string[] = [
  ...READER_STATES,
  "open",
  "disabled",
  "enabled",
  "checked",
  "indeterminate",
  "empty",
  "popover-open",
  "placeholder-shown",
  "valid",
  "invalid",
  "user-valid",
  "user-invalid",
];

/**
 * Attributes a script or the reader changes after load: <details open>, and the offline button's
 * `disabled` (src/components/SaveOffline.astro). No script adds a class (tests/unit/css-usage.test.ts
 * checks the scripts of src/ for it): a script that did would need its class kept here.
 */
export const CHANGING_ATTRIBUTES: readonly string[] = ["open", "disabled"];

export interface MatchOptions {
  /** Pseudo-classes taken off before matching. */
  states: readonly string[];
  /** Attribute selectors taken off before matching. */
  attributes?: readonly string[];
  /**
   * Take off `:not(…)` too: a selector then matches at least what it matched, so a test that keeps a
   * rule on a match keeps no fewer rules, and it is much faster (Tailwind Typography puts a
   * `:not(:where([class~=not-prose] *))` on each of its rules, which climbs to the root for every element).
   */
  negations?: boolean;
}

type Token = Selector;

/** One selector (a compound chain) without the given states, pseudo-elements and attributes. */
function strip(tokens: Token[], options: MatchOptions): Token[] {
  const kept: Token[] = [];
  for (const token of tokens) {
    if (token.type === "pseudo-element") continue;
    if (token.type === "attribute" && options.attributes?.includes(token.name)) continue;
    if (token.type === "pseudo") {
      if (options.states.includes(token.name) || (options.negations && token.name === "not")) continue;
      if (Array.isArray(token.data)) {
        const inner = token.data.map((selector) => strip(selector, options));
        // `:not(:hover)`, `:is(:focus)`: with the state gone, nothing is left to test.
        if (inner.some((selector) => selector.length === 0)) continue;
        kept.push({ ...token, data: inner });
        continue;
      }
    }
    kept.push(token);
  }
  return withUniversals(kept);
}

const UNIVERSAL: Token = { type: SelectorType.Universal, namespace: null };

/** `.nav > :hover` without its state is `.nav >`: a combinator needs an element on each side. */
function withUniversals(tokens: Token[]): Token[] {
  const filled: Token[] = [];
  for (const token of tokens) {
    const previous = filled.at(-1);
    if (isTraversal(token) && (!previous || isTraversal(previous))) filled.push(UNIVERSAL);
    filled.push(token);
  }
  const last = filled.at(-1);
  if (!last || isTraversal(last)) filled.push(UNIVERSAL);
  return filled;
}

/** The classes, ids and element names a page uses: a selector needing another one cannot match it. */
interface Vocabulary {
  classes: Set<string>;
  ids: Set<string>;
  tags: Set<string>;
}

function vocabulary(document: Document): Vocabulary {
  const found: Vocabulary = { classes: new Set(), ids: new Set(), tags: new Set() };
  for (const element of DomUtils.findAll(() => true, document.children)) {
    found.tags.add(element.name);
    for (const name of element.attribs["class"]?.split(/\s+/) ?? []) if (name) found.classes.add(name);
    if (element.attribs["id"]) found.ids.add(element.attribs["id"]);
  }
  return found;
}

/** False when a compound of the selector asks for a class, id or element the page does not have. */
function mayMatch(selector: Token[], { classes, ids, tags }: Vocabulary): boolean {
  return selector.every((token) => {
    if (token.type === "tag") return tags.has(token.name);
    if (token.type !== "attribute") return true;
    if (token.name === "class" && token.action === "element") return classes.has(token.value);
    if (token.name === "id" && token.action === "equals") return ids.has(token.value);
    return true;
  });
}

/** One class, id or element name alone (most of Tailwind's utilities): the page's vocabulary answers it. */
function isSimple(selector: Token[]): boolean {
  const [token, ...rest] = selector;
  if (!token || rest.length) return false;
  if (token.type === "tag") return true;
  return (
    token.type === "attribute" &&
    ((token.name === "class" && token.action === "element") || (token.name === "id" && token.action === "equals"))
  );
}

/** A selector made ready for matching: each of its alternatives stripped and compiled, or why it cannot be. */
type Prepared = { tokens: Token[]; test: ReturnType<typeof compile<AnyNode, Element>> }[] | "never" | "unknown";

/** Prepared selectors by options, shared by every page of a build (the same sheet is tested on each page). */
const preparedBy = new WeakMap<MatchOptions, Map<string, Prepared>>();

function prepare(selector: string, options: MatchOptions): Prepared {
  let prepared = preparedBy.get(options);
  if (!prepared) preparedBy.set(options, (prepared = new Map()));
  let ready = prepared.get(selector);
  if (!ready) {
    try {
      ready = parse(selector).map((tokens) => {
        const stripped = strip(tokens, options);
        // The tokens themselves, not their text: css-what's stringify leaves the "," and "=" of Tailwind's
        // arbitrary values (`lg:grid-cols-[minmax(0,68ch)_…]`) unescaped, so the text parses differently.
        return { tokens: stripped, test: compile<AnyNode, Element>([structuredClone(stripped)]) };
      });
    } catch (error) {
      // `:host` is valid CSS that matches nothing in a page of its own.
      ready = /\bhost\b/.test(String(error)) ? "never" : "unknown";
    }
    prepared.set(selector, ready);
  }
  return ready;
}

/**
 * A test of selectors against one page: true if the selector, without the given states, matches an
 * element; false if it matches none or cannot match in a document (`:host`); undefined if it cannot be
 * parsed or evaluated here (an unknown pseudo-class).
 */
function pageMatcher(html: string, options: MatchOptions): (selector: string) => boolean | undefined {
  const document = parseDocument(html);
  const words = vocabulary(document);
  return (selector) => {
    const ready = prepare(selector, options);
    if (ready === "never") return false;
    if (ready === "unknown") return undefined;
    return ready.some(({ tokens, test }) => mayMatch(tokens, words) && (isSimple(tokens) || selectOne(test, document) !== null));
  };
}

const STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

/** The contents of a page's inline <style> elements. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(STYLE)].map((match) => match[1]!);
}

function isPrint(atRule: AtRule): boolean {
  return atRule.name === "media" && /^\s*print\s*$/i.test(atRule.params);
}

function isKeyframes(atRule: AtRule): boolean {
  return /keyframes$/i.test(atRule.name);
}

/** The style rules of a sheet with the at-rules around each (keyframe selectors such as `50%` are not rules). */
function styleRules(root: Container): { rule: Rule; within: AtRule[] }[] {
  const rules: { rule: Rule; within: AtRule[] }[] = [];
  root.walkRules((rule) => {
    const within: AtRule[] = [];
    for (let parent = rule.parent; parent && parent.type !== "root"; parent = parent.parent) {
      if (parent.type === "atrule") within.push(parent as AtRule);
    }
    if (!within.some(isKeyframes)) rules.push({ rule, within });
  });
  return rules;
}

export interface CssUsage {
  /** Style rules counted: those of every inline <style>, outside `@media print` and keyframes. */
  rules: number;
  /** The selector lists of the counted rules none of whose selectors matches the page. */
  unused: string[];
}

/**
 * The measure of issue 30: of a page's CSS rules outside `@media print`, those whose every selector matches
 * nothing in the page once the reader's states (hover, focus, active, visited, :target) are taken off.
 */
export function unusedRules(html: string): CssUsage {
  const matches = pageMatcher(html, MEASURE);
  const usage: CssUsage = { rules: 0, unused: [] };
  for (const css of inlineStyles(html)) {
    for (const { rule, within } of styleRules(parsedSheet(css))) {
      if (within.some(isPrint)) continue;
      usage.rules++;
      if (!rule.selectors.some((selector) => matches(selector) === true)) usage.unused.push(rule.selector);
    }
  }
  return usage;
}

const MEASURE: MatchOptions = { states: READER_STATES };

/** The unused share of `unusedRules`, from 0 to 1. */
export function unusedShare(usage: CssUsage): number {
  return usage.rules === 0 ? 0 : usage.unused.length / usage.rules;
}

/**
 * The CSS without the rules that cannot apply to the page: those whose every selector, without the
 * states that can change after load (`CHANGING_STATES`, `CHANGING_ATTRIBUTES`), matches nothing. A rule
 * keeps all its selectors and declarations when one of them matches; rules in `@media print` are tested
 * the same way (a sheet lays out the same elements); blocks left empty go with their last rule.
 * Everything else (custom properties, `@property`, `@page`, `@font-face`, keyframes) stays as written,
 * and a selector that cannot be evaluated keeps its rule. What stays is the original text, cut.
 */
export function pruneCss(css: string, matches: (selector: string) => boolean | undefined): string {
  const root = parsedSheet(css);
  const removed = new Set<ChildNode>();
  /** Marks what goes under `container`; true if that is all it holds. */
  const mark = (container: Container): boolean => {
    let all = (container.nodes?.length ?? 0) > 0;
    for (const node of container.nodes ?? []) {
      let goes = false;
      if (node.type === "rule") goes = !node.selectors.some((selector) => matches(selector) !== false);
      else if (node.type === "atrule" && node.nodes?.length && !isKeyframes(node)) goes = mark(node);
      if (goes) removed.add(node);
      else all = false;
    }
    return all;
  };
  mark(root);
  if (removed.size === 0) return css;
  const kept: string[] = [];
  let from = 0;
  const cut = (container: Container) => {
    for (const node of container.nodes ?? []) {
      if (removed.has(node)) {
        kept.push(css.slice(from, node.source!.start!.offset));
        from = node.source!.end!.offset;
      } else if (node.type === "atrule" && node.nodes) cut(node);
    }
  };
  cut(root);
  kept.push(css.slice(from));
  return kept.join("");
}

/** Parsed sheets by text: every page inlines the same bundle, so it is parsed once (never modified). */
const sheets = new Map<string, Root>();

function parsedSheet(css: string): Root {
  let root = sheets.get(css);
  if (!root) {
    root = postcss.parse(css);
    sheets.set(css, root);
    // Each page's small print sheet is its own: keep only the last few texts.
    if (sheets.size > 8) sheets.delete(sheets.keys().next().value!);
  }
  return root;
}

/** The matcher pruning uses: every state that can change after load is assumed possible. */
export function pruningMatcher(html: string): (selector: string) => boolean | undefined {
  return pageMatcher(html, PRUNING);
}

const PRUNING: MatchOptions = { states: CHANGING_STATES, attributes: CHANGING_ATTRIBUTES, negations: true };
