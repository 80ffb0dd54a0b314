/**
 * Which CSS rules can apply to a page: a rule applies when one of its selectors matches an element of
 * the page's HTML once the states the reader or a script puts elements in (hover, focus, :target, an
 * opened <details>…) are taken off. Parsing and matching are postcss, css-what, htmlparser2 and
 * css-select, the engines beasties (critical CSS) is built on.
 *
 * Two users: the measure of a page's unused CSS (`unusedRules`, the dist test's 20% goal), and the build
 * step that drops what cannot apply from each page's inlined CSS (`pruneCss`, src/integrations/css-prune.ts).
 */
import { compile } from "css-select";
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

/**
 * The classes, ids and element names a page uses, each with its elements: a selector needing one the page
 * lacks cannot match it, and one that needs a class (or an element name) in its last compound can only
 * match an element that has it, so only those elements are tested.
 */
interface Vocabulary {
  classes: Map<string, Element[]>;
  ids: Set<string>;
  tags: Map<string, Element[]>;
  elements: Element[];
}

function vocabulary(document: Document): Vocabulary {
  const found: Vocabulary = { classes: new Map(), ids: new Set(), tags: new Map(), elements: [] };
  const add = (index: Map<string, Element[]>, key: string, element: Element) => {
    const list = index.get(key);
    if (!list) index.set(key, [element]);
    else if (list.at(-1) !== element) list.push(element);
  };
  for (const element of DomUtils.findAll(() => true, document.children)) {
    found.elements.push(element);
    add(found.tags, element.name, element);
    for (const name of element.attribs["class"]?.split(/\s+/) ?? []) if (name) add(found.classes, name, element);
    if (element.attribs["id"]) found.ids.add(element.attribs["id"]);
  }
  return found;
}

/** The elements that can be the subject of a selector: those with a class, or else the name, its last compound asks for. */
function candidates(selector: Token[], { classes, tags, elements }: Vocabulary): Element[] {
  let tag: string | undefined;
  for (let i = selector.length - 1; i >= 0 && !isTraversal(selector[i]!); i--) {
    const token = selector[i]!;
    if (token.type === "attribute" && token.name === "class" && token.action === "element") return classes.get(token.value) ?? [];
    if (token.type === "tag") tag = token.name;
  }
  return tag === undefined ? elements : (tags.get(tag) ?? []);
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
    return ready.some(
      ({ tokens, test }) =>
        mayMatch(tokens, words) && (isSimple(tokens) || candidates(tokens, words).some((element) => test(element))),
    );
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
      if (!selectorsOf(rule).some((selector) => matches(selector) === true)) usage.unused.push(rule.selector);
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
      if (node.type === "rule") goes = !selectorsOf(node).some((selector) => matches(selector) !== false);
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

/** A rule's selectors, split once: postcss splits its selector text again on each read of `selectors`. */
const selectorLists = new WeakMap<Rule, string[]>();

function selectorsOf(rule: Rule): string[] {
  let list = selectorLists.get(rule);
  if (!list) selectorLists.set(rule, (list = rule.selectors));
  return list;
}

/** Parsed sheets by text: every page inlines the same bundle, so it is parsed once (never modified). */
const sheets = new Map<string, Root>();

function parsedSheet(css: string): Root {
  let root = sheets.get(css);
  if (root) sheets.delete(css);
  else root = postcss.parse(css);
  // Most recently used last: the bundle every page shares stays, while each page's own small sheets
  // (its print sheet) pass through and only the last few are kept.
  sheets.set(css, root);
  if (sheets.size > 8) sheets.delete(sheets.keys().next().value!);
  return root;
}

/** The matcher pruning uses: every state that can change after load is assumed possible. */
export function pruningMatcher(html: string): (selector: string) => boolean | undefined {
  return pageMatcher(html, PRUNING);
}

const PRUNING: MatchOptions = { states: CHANGING_STATES, attributes: CHANGING_ATTRIBUTES, negations: true };
