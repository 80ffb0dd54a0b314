/** The offline page the service worker answers with; built in Node (it hashes its style for its CSP). */
import { cspHash } from "./csp";
import { escapeHtml } from "./offline";

export interface OfflinePageWords {
  lang: string;
  title: string;
  text: string;
  homeHref: string;
  homeLabel: string;
  siteName: string;
}

const OFFLINE_STYLE =
  "body{margin:0;font:1.125rem/1.6 system-ui,sans-serif;background:#fbfaf7;color:#15171a}" +
  "main{max-width:36rem;margin:0 auto;padding:3rem 1rem}a{color:#0b5a55}" +
  "@media (prefers-color-scheme:dark){body{background:#15171a;color:#f5f5f4}a{color:#6fc3bb}}";

/**
 * The small page the worker answers with when a page that was not saved is opened without a connection.
 * It stands alone (its own tiny style, allowed by its hash), since the site's CSS is inlined per page.
 */
export function offlinePageHtml(words: OfflinePageWords): string {
  const csp = `default-src 'none';style-src '${cspHash(OFFLINE_STYLE)}';base-uri 'none';form-action 'none'`;
  return (
    `<!DOCTYPE html><html lang="${escapeHtml(words.lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="content-security-policy" content="${csp}">` +
    `<meta name="robots" content="noindex">` +
    `<title>${escapeHtml(words.title)} · ${escapeHtml(words.siteName)}</title><style>${OFFLINE_STYLE}</style></head>` +
    `<body><main><h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.text)}</p>` +
    `<p><a href="${escapeHtml(words.homeHref)}">${escapeHtml(words.homeLabel)}</a></p></main></body></html>`
  );
}
