/** Reading the built site in dist/ for the build-level tests and the browser suite. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { DEFAULT_SITE_URL } from "../../src/lib/site";

export const DIST = process.env["CENTSEC_OUT_DIR"] ?? "dist";

/** What fits in TCP's first round trip (10 segments of 1460 bytes): the budget of a page's first response. */
export const FIRST_ROUND_TRIP = 14_600;

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

const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (value: string) => value.replace(/&(amp|quot|#39|lt|gt);/g, (m) => ENTITIES[m] ?? m);

/** Values of one attribute across the document, decoded. */
export function attributeValues(html: string, attribute: string): string[] {
  const re = new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "g");
  return [...html.matchAll(re)].map((m) => decode(m[1] ?? m[2] ?? m[3] ?? ""));
}

/** The pages the sitemap lists, as URL paths ("/", "/borders/"), read from dist/sitemap-index.xml. */
export function sitemapPaths(dir = DIST): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs(readDist("sitemap-index.xml", dir)).flatMap((sitemap) => locs(readDist(sitemap.slice(1), dir)));
}

export interface Element {
  name: string;
  attributes: Map<string, string>;
  /** The raw text of a script, style or title element. */
  text: string | undefined;
}

/**
 * The start tags of a document in order, read the way a browser's tokenizer reads them: attribute values
 * in quotes are values (a "<script>" inside one is text), and script, style and title hold raw text up
 * to their end tag. Enough to see which elements a page really has.
 */
export function elementsOf(html: string): Element[] {
  const out: Element[] = [];
  const attribute = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
  let i = 0;
  while ((i = html.indexOf("<", i)) !== -1) {
    if (html.startsWith("<!--", i)) {
      i = html.indexOf("-->", i) + 3;
      if (i < 3) break;
      continue;
    }
    const start = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(i, i + 64));
    if (!start) {
      const end = html.indexOf(">", i);
      if (end === -1) break;
      i = end + 1;
      continue;
    }
    const name = start[1]!.toLowerCase();
    const attributes = new Map<string, string>();
    let j = i + start[0].length;
    for (;;) {
      attribute.lastIndex = j;
      const m = attribute.exec(html);
      if (!m) break;
      attributes.set(m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? ""));
      j = attribute.lastIndex;
    }
    i = html.indexOf(">", j) + 1;
    let text: string | undefined;
    if (["script", "style", "title", "textarea"].includes(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      text = html.slice(i, close);
      i = close;
    }
    out.push({ name, attributes, text });
    if (i <= 0) break;
  }
  return out;
}
