/**
 * Astro's CSP lists, on every page, the hashes of every inline script it might emit anywhere (island
 * runtimes, client directives). `tightenCsp` keeps only the hashes of what this page really inlines:
 * a stricter policy and fewer bytes in the first round trip.
 */
import { createHash } from "node:crypto";

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;
const INLINE_STYLE_PARTS = /(<style[^>]*>)([\s\S]*?)(<\/style>)/gi;
const HASH_SOURCE = /'sha(?:256|384|512)-[^']+'/g;

/** The CSP source for an inline style or script: "sha256-...". */
export function cspHash(content: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(content).digest("base64")}`;
}

/** The CSP of a page's <meta> tag, or undefined. */
export function cspOf(html: string): string | undefined {
  return CSP_META.exec(html)?.[1];
}

/** Directives a <meta> policy cannot carry; the host's headers add them. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/** `_headers` rules giving each page its policy as an HTTP header ("/borders/" and "/borders/index.html"). */
export function headerRules(pages: { path: string; policy: string }[]): string {
  return pages
    .flatMap(({ path, policy }) => {
      const value = `  Content-Security-Policy: ${policy};${HEADER_ONLY_DIRECTIVES}`;
      const paths = path.endsWith("/") ? [path, `${path}index.html`] : [path];
      return paths.map((p) => `${p}\n${value}\n`);
    })
    .join("\n");
}

export function tightenCsp(html: string): string {
  const match = CSP_META.exec(html);
  if (!match) return html;
  const present = new Set([
    ...[...html.matchAll(INLINE_SCRIPT)].map((m) => cspHash(m[1]!)),
    ...[...html.matchAll(INLINE_STYLE)].map((m) => cspHash(m[1]!)),
  ]);
  const policy = match[1]!
    .split(";")
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== "script-src" && name !== "style-src") return directive.trim();
      const kept = sources.filter(
        (source) => !/^'sha(256|384|512)-/.test(source) || present.has(source.slice(1, -1) as `sha256-${string}`),
      );
      return [name, ...kept].join(" ");
    })
    .filter(Boolean)
    .join(";");
  return html.replace(match[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}

/**
 * The page with each inline style passed through `rewrite`, and the CSP's hash of each style that
 * changed swapped for the hash of its new text, so that the policy allows exactly what it allowed.
 * Throws if a changed style's hash was not in the policy: the browser would refuse it either way.
 */
export function rewriteInlineStyles(html: string, rewrite: (css: string) => string): string {
  const swaps = new Map<string, string>();
  const rewritten = html.replace(INLINE_STYLE_PARTS, (element, open: string, css: string, close: string) => {
    const next = rewrite(css);
    if (next === css) return element;
    swaps.set(`'${cspHash(css)}'`, `'${cspHash(next)}'`);
    return `${open}${next}${close}`;
  });
  const match = CSP_META.exec(rewritten);
  if (swaps.size === 0 || !match) return rewritten;
  const missing = [...swaps.keys()].filter((source) => !match[1]!.includes(source));
  if (missing.length) throw new Error(`inline style hashes missing from the page's CSP: ${missing.join(" ")}`);
  const policy = match[1]!.replace(HASH_SOURCE, (source) => swaps.get(source) ?? source);
  return rewritten.replace(match[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}
