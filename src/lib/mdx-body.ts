/** What the build needs to know about an MDX body without rendering it. */

const PASSAGE = /<Passage\b[^>]*?\bid\s*=\s*(["'])(.*?)\1/g;
const MARKDOWN_LINK = /\]\(\s*<?([^)\s>]+)/g;
const HREF_ATTRIBUTE = /\bhref\s*=\s*(["'])(.*?)\1/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Ids of the `<Passage id="...">` blocks in the body, in order, duplicates kept. */
export function passageIdsOf(body: string): string[] {
  return [...body.matchAll(PASSAGE)].map((m) => m[2]!);
}

/** Every link target written in the body, as markdown links or href attributes. */
export function linksOf(body: string): string[] {
  return [...[...body.matchAll(MARKDOWN_LINK)].map((m) => m[1]!), ...[...body.matchAll(HREF_ATTRIBUTE)].map((m) => m[2]!)];
}

/** Why a link may not be published, or null when it is fine (a relative link or an https URL). */
export function unsafeLinkReason(href: string): string | null {
  const trimmed = href.trim();
  if (trimmed.startsWith("//")) return "protocol-relative links are not allowed; write https://";
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === "https") return null;
  return `uses ${scheme}:, only https:// links are allowed`;
}

/** Words a reader reads: markup, JSX tags and link targets removed. */
export function countWords(body: string): number {
  const prose = body
    .replace(/^---[\s\S]*?---/, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[#*_>`[\]{}-]/g, " ");
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read at 230 words a minute, never less than one. */
export function readingMinutes(body: string, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(countWords(body) / wordsPerMinute));
}

const SCRIPT_TAG = /<\s*script\b/i;
const EVENT_HANDLER = /<[A-Za-z][^>]*?\s(on[a-z]+)\s*=/i;

/** Why the body may not be published because it would run code, or null. */
export function activeContentReason(body: string): string | null {
  if (SCRIPT_TAG.test(body)) return "contains a <script> tag; explainer text may not run code";
  const handler = EVENT_HANDLER.exec(body)?.[1];
  if (handler) return `contains an inline event handler (${handler}=); explainer text may not run code`;
  return null;
}
