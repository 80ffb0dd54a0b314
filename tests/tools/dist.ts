/** Reading the built site in dist/ for the build-level tests and the browser suite. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { DEFAULT_SITE_URL } from "../../src/lib/site";

export const DIST = process.env["CENTSEC_OUT_DIR"] ?? "dist";

/** What fits in TCP's first round trip (10 segments of 1460 bytes): the budget of a page's first response, as brotli. */
export const FIRST_ROUND_TRIP = 14_600;

/**
 * The byte budgets of issue 32. A page's first response (its HTML with the CSS inlined) fits the first
 * round trip as brotli, which every browser takes from the README's nginx; a client that accepts only
 * gzip may take a second. Everything else a page loads, fonts aside, and the fonts themselves (all the
 * faces one page can load) have budgets of their own; scripts are counted after gzip -9.
 */
export const BUDGETS = {
  firstResponse: { brotli: FIRST_ROUND_TRIP, gzip: 16 * 1024 },
  rest: 24 * 1024,
  fonts: 64 * 1024,
  scripts: 2 * 1024,
} as const;

/** Font files, which the budgets count apart from the rest of what a page loads. */
export const isFontFile = (path: string) => path.endsWith(".woff2");

/** The site address the build used, without a trailing slash. */
export const SITE = (process.env["SITE_URL"] ?? DEFAULT_SITE_URL).replace(/\/$/, "");

/** Every HTML file in dist/, as its path relative to dist/ ("borders/index.html"). */
export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".html")) out.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a file is served at: "borders/index.html" -> "/borders/", "404.html" -> "/404.html". */
export function urlPathOf(file: string): string {
  return file.endsWith("index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}

/** The pages a reader can land on (the 404 page aside). */
export function pagePaths(dir = DIST): string[] {
  return htmlFiles(dir)
    .filter((f) => f !== "404.html")
    .map(urlPathOf);
}

export function readDist(file: string, dir = DIST): string {
  return readFileSync(join(dir, file), "utf8");
}

/** Values of one attribute across the document, decoded, in document order. */
export function attributeValues(html: string, attribute: string): string[] {
  return elementsOf(html).flatMap((e) => (e.attributes.has(attribute) ? [e.attributes.get(attribute)!] : []));
}

/** The pages the sitemap lists, as URL paths ("/", "/borders/"), read from dist/sitemap-index.xml. */
export function sitemapPaths(dir = DIST): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs(readDist("sitemap-index.xml", dir)).flatMap((sitemap) => locs(readDist(sitemap.slice(1), dir)));
}

export interface Element {
  name: string;
  attributes: Map<string, string>;
  /** Its text content, as the DOM's `textContent` gives it: a script's source, a heading's words. */
  readonly text: string;
  /** The elements inside it, in document order. */
  readonly descendants: Element[];
}

type Node = DefaultTreeAdapterTypes.Node;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const isElement = (node: Node): node is DefaultTreeAdapterTypes.Element => "tagName" in node;

function elementsUnder(node: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (parent: ParentNode) => {
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      out.push(elementOf(child));
      walk(child.nodeName === "template" ? (child as DefaultTreeAdapterTypes.Template).content : child);
    }
  };
  walk(node);
  return out;
}

function textContent(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterTypes.TextNode).value;
  return "childNodes" in node ? node.childNodes.map(textContent).join("") : "";
}

function elementOf(node: DefaultTreeAdapterTypes.Element): Element {
  let text: string | undefined;
  let descendants: Element[] | undefined;
  return {
    name: node.nodeName,
    attributes: new Map(node.attrs.map((a) => [a.name, a.value])),
    get text() {
      return (text ??= textContent(node));
    },
    get descendants() {
      return (descendants ??= elementsUnder(node));
    },
  };
}

// The dist tests read each page many times: each document is parsed once.
const parsed = new Map<string, readonly Element[]>();

/**
 * The elements of a document in document order, as a browser parses it (parse5 follows the HTML
 * standard): attribute values decoded, a "<script>" inside an attribute value or a text is text, and
 * script, style, title and textarea hold their text. Template contents are walked too.
 */
export function elementsOf(html: string): readonly Element[] {
  let elements = parsed.get(html);
  if (!elements) parsed.set(html, (elements = elementsUnder(parse(html))));
  return elements;
}

/** Whether an element's class attribute lists `name`. */
export const hasClass = (element: Element, name: string) => (element.attributes.get("class") ?? "").split(/\s+/).includes(name);
