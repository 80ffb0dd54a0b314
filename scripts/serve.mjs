#!/usr/bin/env node
// Serves a built site on loopback the way scripts/deploy/nginx.conf does: directory indexes, 404.html for
// misses, the build's .br and .gz files to clients that accept them, and the response headers that
// dist/_headers declares (read as Netlify reads it). `npm start` and `npm run preview` use it, and so do
// the browser tests and Lighthouse.
// Usage: node scripts/serve.mjs [dir=dist] [--port N]   (or PORT=N; default 4321)
import { createReadStream, existsSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, STATUS_CODES } from "node:http";
import { basename, extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseAllHeaders } from "@netlify/headers-parser";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

/**
 * The rules of a `_headers` file, each with the pattern it applies to, as Netlify reads them; a file
 * Netlify would refuse stops the server with Netlify's message.
 * @param {string} file
 * @returns {Promise<{ pattern: RegExp, headers: [string, string][] }[]>}
 */
export async function readHeadersFile(file) {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], minimal: false });
  if (errors.length) throw new Error(`${file}: ${errors.map((error) => error.message).join("\n")}`);
  return headers.map((rule) => ({ pattern: rule.forRegExp, headers: Object.entries(rule.values) }));
}

/** The build's precompressed copies beside a file, best first, as nginx's brotli_static and gzip_static use them. */
const PRECOMPRESSED = [
  { coding: "br", suffix: ".br" },
  { coding: "gzip", suffix: ".gz" },
];

/**
 * The content codings an Accept-Encoding header accepts: those it names without `q=0`.
 * @param {string | undefined} header
 */
export function acceptedCodings(header = "") {
  const accepted = new Set();
  for (const part of header.toLowerCase().split(",")) {
    const [coding = "", ...params] = part.split(";").map((piece) => piece.trim());
    const quality = params.find((param) => param.startsWith("q="));
    if (coding && !(quality && Number(quality.slice(2)) === 0)) accepted.add(coding);
  }
  return accepted;
}

/**
 * The port from `--port`, else $PORT, else the default; refuses anything that is not a port number.
 * @param {string | undefined} flag
 * @param {string | undefined} env
 */
export function choosePort(flag, env, fallback = 4321) {
  const raw = flag ?? env;
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`"${raw}" is not a port number (1-65535)`);
  return port;
}

/** Methods a static site answers; anything else gets 405. */
const METHODS = new Set(["GET", "HEAD"]);
/** Longer request targets get 414 (Node itself answers 431 once the request line passes its 16 KB header limit). */
const MAX_TARGET = 2048;

/**
 * The path a request target names inside the site, decoded, or the HTTP status that refuses it: 400 for
 * an absolute-form or malformed target (a bad %-escape, NUL, a backslash, a "." or ".." segment, plain or
 * %-encoded), 414 for one too long. A refused target never reaches the file system.
 * @param {string} target the raw request target, `/borders/?x=1`
 * @returns {{ path: string, encoded: string, search: string } | { status: number }}
 */
export function parseTarget(target) {
  if (target.length > MAX_TARGET) return { status: 414 };
  if (!target.startsWith("/")) return { status: 400 };
  const at = target.search(/[?#]/);
  const encoded = at === -1 ? target : target.slice(0, at);
  const search = at === -1 || target[at] === "#" ? "" : target.slice(at).replace(/#.*/, "");
  let path;
  try {
    path = decodeURIComponent(encoded);
  } catch {
    return { status: 400 };
  }
  if (/[\0\\]/.test(path) || path.split("/").some((segment) => segment === "." || segment === "..")) return { status: 400 };
  return { path, encoded, search };
}

/**
 * Starts serving `root` on 127.0.0.1:`port`; resolves with the listening server, rejects on a listen error.
 * Not sirv: tried in its place, it replaced 15 of these lines (it sends every file with status 200, so
 * the 404 page, the redirect, the refusals and the `_headers` rules stay ours), and it sent a .br that
 * linked outside the site, brotli to `br;q=0`, `Cache-Control: no-store` on every file, and 200 for
 * /404 and /rss.xml/. No request can stop this server: a refused target gets its status
 * from parseTarget, another method 405, an unparsable request 400, and an error inside the handler is
 * logged and answered with 500.
 */
export async function serve(dir, port) {
  const host = "127.0.0.1";
  const root = await realpath(dir);
  const rules = await readHeadersFile(join(root, "_headers"));

  /** The size of a regular file that is inside root once symbolic links are followed, or null. */
  async function sizeInside(file) {
    try {
      const real = await realpath(file);
      if (!real.startsWith(root + sep)) return null;
      const info = await stat(real);
      return info.isFile() ? info.size : null;
    } catch {
      return null;
    }
  }

  /** The file a decoded path names inside root (a directory's index.html), or null; never a file outside root. */
  async function resolveFile(path) {
    let file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) return null;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      else if (path.endsWith("/")) return null;
    } catch {
      return null;
    }
    return (await sizeInside(file)) === null ? null : file;
  }

  /**
   * What to send for `file`: its best precompressed copy that the client accepts, else the file itself;
   * `vary` when a copy exists, since the answer then depends on Accept-Encoding.
   */
  async function representation(file, acceptEncoding) {
    const accepted = acceptedCodings(acceptEncoding);
    let vary = false;
    for (const { coding, suffix } of PRECOMPRESSED) {
      const size = await sizeInside(file + suffix);
      if (size === null) continue;
      vary = true;
      if (accepted.has(coding)) return { path: file + suffix, size, coding, vary };
    }
    return { path: file, size: (await sizeInside(file)) ?? 0, coding: undefined, vary };
  }

  async function respond(req, res) {
    if (!METHODS.has(req.method ?? "")) {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
      return res.end("Method Not Allowed\n");
    }
    const target = parseTarget(req.url ?? "/");
    if ("status" in target) {
      res.writeHead(target.status, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
      return res.end(`${STATUS_CODES[target.status]}\n`);
    }
    const { path, encoded, search } = target;
    if (!path.endsWith("/") && !extname(path) && (await resolveFile(path + "/"))) {
      // A path the server builds itself, with one leading slash: "//evil.example" never becomes a Location.
      res.writeHead(301, { Location: `/${encoded.replace(/^\/+/, "")}/${search}` });
      return res.end();
    }
    let file = await resolveFile(path);
    let status = 200;
    if (!file || basename(file) === "_headers") {
      file = join(root, "404.html");
      status = 404;
    }
    // The rules for the file sent: on a miss, the 404 page's. (Netlify matches without regard to case or a
    // trailing slash, so /BORDERS/ would otherwise get the policy of /borders/, whose hashes are not the
    // 404 page's.)
    const rulePath = status === 404 ? "/404.html" : encoded;
    for (const rule of rules) {
      if (rule.pattern.test(rulePath)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    // A Content-Type that _headers gives a path wins, as on Netlify and Cloudflare Pages (the speculation
    // rules' application/speculationrules+json).
    if (!res.hasHeader("Content-Type")) res.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
    const sent = await representation(file, req.headers["accept-encoding"]);
    if (sent.coding) res.setHeader("Content-Encoding", sent.coding);
    if (sent.vary) res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("Content-Length", sent.size);
    res.writeHead(status);
    if (req.method === "HEAD") return res.end();
    createReadStream(sent.path)
      .on("error", () => res.destroy())
      .pipe(res);
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((error) => {
      console.error(`serve: ${req.method} ${JSON.stringify(req.url)} failed: ${error instanceof Error ? error.stack : error}`);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end();
    });
  });
  // A request Node cannot parse (a bad method, a header block over its limit): answered, logged, closed.
  server.on("clientError", (error, socket) => {
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
    if (error.code !== "ECONNRESET") console.error(`serve: refused an unparsable request (${error.code ?? error.message})`);
    if (socket.writable)
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  });

  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(undefined));
  });
  return server;
}

/** One line a person can act on, for the ways starting the server fails. */
export function startupProblem(error, port) {
  if (error?.code === "EADDRINUSE")
    return `port ${port} is already in use (is the site already running?). Choose another: PORT=4399 npm start, or npm start -- --port 4399`;
  if (error?.code === "EACCES") return `port ${port} needs privileges here; choose one above 1024: PORT=4399 npm start`;
  return error instanceof Error ? error.message : String(error);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let dir = "dist";
  let port = 4321;
  try {
    const { values, positionals } = parseArgs({ options: { port: { type: "string", short: "p" } }, allowPositionals: true });
    dir = positionals[0] ?? "dist";
    port = choosePort(values.port, process.env.PORT);
  } catch (error) {
    console.error(`serve: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
  const root = resolve(dir);
  if (!existsSync(join(root, "index.html"))) {
    console.error(`serve: ${dir}/ holds no built site; run \`npm run build\` first (or \`npm start\`, which builds and serves).`);
    process.exit(1);
  }
  try {
    await serve(root, port);
    console.log(`serving ${root} at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
  } catch (error) {
    console.error(`serve: ${startupProblem(error, port)}`);
    process.exit(1);
  }
}
