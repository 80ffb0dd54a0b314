#!/usr/bin/env node
// Serves a built site on loopback the way a static host does: directory indexes, 404.html for misses,
// and the response headers that public/_headers (copied to dist/_headers) declares.
// Usage: node tests/tools/static-server.mjs [dir=dist] [port=4321]
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
const host = "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

/** Parses the Netlify/Cloudflare `_headers` format: a path pattern line, then indented `Name: value` lines. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const at = line.indexOf(":");
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, path) {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return regex.test(path);
}

let rules = [];
try {
  rules = parseHeadersFile(await readFile(join(root, "_headers"), "utf8"));
} catch {
  rules = [];
}

async function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  let file = join(root, safe);
  if (!file.startsWith(root)) return null;
  try {
    const info = await stat(file);
    if (info.isDirectory()) file = join(file, "index.html");
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", `http://${host}:${port}`);
  if (!url.pathname.endsWith("/") && !extname(url.pathname) && (await resolveFile(url.pathname + "/"))) {
    res.writeHead(301, { Location: url.pathname + "/" + url.search });
    res.end();
    return;
  }
  let file = await resolveFile(url.pathname);
  let status = 200;
  if (!file || file.endsWith("_headers")) {
    file = join(root, "404.html");
    status = 404;
  }
  // Rules for the request's path, and on a miss also those of the 404 page that answers it.
  const paths = status === 404 ? [url.pathname, "/404.html"] : [url.pathname];
  for (const rule of rules) {
    if (paths.some((p) => matches(rule.pattern, p))) for (const [name, value] of rule.headers) res.setHeader(name, value);
  }
  res.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
  res.writeHead(status);
  if (req.method === "HEAD") return res.end();
  createReadStream(file)
    .on("error", () => res.end())
    .pipe(res);
});

server.listen(port, host, () => console.log(`serving ${root} at http://${host}:${port}/`));
