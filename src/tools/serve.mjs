#!/usr/bin/env node
// Serves a built site on loopback the way a static host does: directory indexes, 404.html for misses,
// and the response headers that public/_headers (copied to dist/_headers) declares.
// `npm start` and `npm run preview` use it, and so do the browser tests and Lighthouse.
// Usage: node src/tools/serve.mjs [dir=dist] [--port N]   (or PORT=N; default 4321)
import { createReadStream, existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

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

function matches(pattern, path) {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return regex.test(path);
}

/** Starts serving `root` on 127.0.0.1:`port`; resolves with the listening server, rejects on a listen error. */
export async function serve(root, port) {
  const host = "127.0.0.1";
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
