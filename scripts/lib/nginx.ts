/**
 * Runs Debian's nginx with the site's configuration, scripts/deploy/nginx.conf, on loopback, for the
 * deployment tests and the bench. The file is the one a server uses, so the documented setup is the
 * tested one: only two lines are substituted (see `deployableConfig`), and the wrapper around it stands
 * in for Debian's stock nginx.conf.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

/** What to install on Debian or Ubuntu for the deployment tests. */
export const NGINX_PACKAGES = "nginx libnginx-mod-http-brotli-static";

/** The site's nginx configuration, for the `http` context of a server's nginx.conf. */
export const NGINX_CONF = resolve(import.meta.dirname, "../deploy/nginx.conf");

/** The lines of the configuration that the tests replace, exactly as the file writes them. */
export const CONF_LISTEN = "listen 80;";
export const CONF_ROOT = "root /srv/centsec/dist;";

/**
 * The configuration with its `listen` and `root` lines pointed at the test's port and dist/. Each must
 * appear exactly once, written as above: an edit that changes them fails here, not silently.
 */
export function deployableConfig(conf: string, { root, port }: { root: string; port: number }): string {
  let out = conf;
  for (const [line, replacement] of [
    [CONF_LISTEN, `listen 127.0.0.1:${port};`],
    [CONF_ROOT, `root ${resolve(root)};`],
  ] as const) {
    const count = out.split(line).length - 1;
    if (count !== 1) throw new Error(`scripts/deploy/nginx.conf: expected the line "${line}" once, found it ${count} times`);
    out = out.replace(line, replacement);
  }
  return out;
}

interface NginxInstall {
  binary: string;
  /** Debian's mime.types, next to the compiled-in nginx.conf. */
  mimeTypes: string;
  brotliModule: string;
}

/** Debian's nginx and its brotli static module, or why they cannot be used. */
export function findNginx(): NginxInstall | { missing: string } {
  // NGINX_BINARY names another nginx (or a missing one, to see the tests skip or fail without it).
  const candidates = process.env["NGINX_BINARY"]
    ? [process.env["NGINX_BINARY"]]
    : ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"];
  const binary = candidates.find((p) => existsSync(p));
  const help = `install Debian's packages: apt-get install -y ${NGINX_PACKAGES}`;
  if (!binary) return { missing: `nginx is not installed (${help})` };
  const version = spawnSync(binary, ["-V"], { encoding: "utf8" }).stderr;
  const option = (name: string, fallback: string) => new RegExp(`--${name}=(\\S+)`).exec(version)?.[1] ?? fallback;
  const mimeTypes = join(dirname(option("conf-path", "/etc/nginx/nginx.conf")), "mime.types");
  const brotliModule = join(option("modules-path", "/usr/lib/nginx/modules"), "ngx_http_brotli_static_module.so");
  if (!existsSync(brotliModule))
    return { missing: `nginx's brotli static module is not installed, no ${brotliModule} (${help})` };
  if (!existsSync(mimeTypes)) return { missing: `nginx's mime.types is not at ${mimeTypes} (${help})` };
  return { binary, mimeTypes, brotliModule };
}

/** Why the nginx tests cannot run here, or undefined when they can. */
export function nginxMissing(): string | undefined {
  const found = findNginx();
  return "missing" in found ? found.missing : undefined;
}

/** The loopback port of the nth nginx the suite starts: PORT + n (PORT defaults to 4330). */
export function nginxPort(n: number): number {
  return Number(process.env["PORT"] ?? 4330) + n;
}

/** The environment variable through which the browser suite's one nginx (tests/e2e/nginx.setup.ts) is found. */
export const SHARED_NGINX_ORIGIN = "CENTSEC_NGINX_ORIGIN";

/** The nginx the browser suite's global setup started, or undefined when it did not (nginx missing, off CI). */
export function sharedNginx(): { origin: string } | undefined {
  const origin = process.env[SHARED_NGINX_ORIGIN];
  return origin ? { origin } : undefined;
}

export interface RunningNginx {
  origin: string;
  pid: number;
  /** The full configuration nginx runs with. */
  config: string;
  stop(): Promise<void>;
}

/** Starts nginx in the foreground with scripts/deploy/nginx.conf serving `root`; resolves once it answers. */
export async function startNginx({ root, port }: { root: string; port: number }): Promise<RunningNginx> {
  const found = findNginx();
  if ("missing" in found) throw new Error(found.missing);
  const prefix = mkdtempSync(join(tmpdir(), "centsec-nginx-"));
  for (const dir of ["logs", "temp"]) mkdirSync(join(prefix, dir));
  const isRoot = process.getuid?.() === 0;
  const config = `# Written by scripts/lib/nginx.ts: Debian's stock nginx.conf, reduced to what scripts/deploy/nginx.conf relies on.
load_module ${found.brotliModule};
${isRoot ? "user root; # workers read the checkout wherever it is; a real server runs them as www-data\n" : ""}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 128; }
http {
  include ${found.mimeTypes};
  default_type application/octet-stream;
  access_log ${prefix}/logs/access.log;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;

  # ---- scripts/deploy/nginx.conf (listen and root substituted) ----
${deployableConfig(readFileSync(NGINX_CONF, "utf8"), { root, port })}}
`;
  writeFileSync(join(prefix, "nginx.conf"), config);
  const args = ["-p", prefix, "-c", join(prefix, "nginx.conf"), "-e", join(prefix, "logs/error.log"), "-g", "daemon off;"];
  const check = spawnSync(found.binary, [...args, "-t"], { encoding: "utf8" });
  if (check.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx -t refused scripts/deploy/nginx.conf:\n${check.stderr}\n${config}`);
  }
  const child: ChildProcess = spawn(found.binary, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  // If the test process ends without reaching stop() (a crash), nginx is still ended by its pid.
  const onExit = () => child.kill("SIGTERM");
  process.once("exit", onExit);
  const stop = async () => {
    // Fast shutdown by the master's own pid (TERM); KILL if it has not exited within 5 s.
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
    process.off("exit", onExit);
    rmSync(prefix, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (let attempt = 0; ; attempt++) {
      if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${stderr}${readLog(prefix)}`);
      if (await answers(origin)) break;
      if (attempt > 100) throw new Error(`nginx did not answer at ${origin} within 10 s:\n${stderr}${readLog(prefix)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid: child.pid!, config, stop };
}

function readLog(prefix: string): string {
  try {
    return readFileSync(join(prefix, "logs/error.log"), "utf8");
  } catch {
    return "";
  }
}

function answers(origin: string): Promise<boolean> {
  return new Promise((done) => {
    const req = request(`${origin}/`, { method: "HEAD" }, (res) => {
      res.resume();
      done(true);
    });
    req.on("error", () => done(false));
    req.end();
  });
}

export interface Sent {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body exactly as it came over the wire (still compressed). */
  body: Buffer;
}

/** Accept-Encoding of today's browsers, and of a client that accepts only gzip. */
export const CLIENTS = {
  brotli: "gzip, deflate, br, zstd",
  gzip: "gzip, deflate",
} as const;
export type Client = keyof typeof CLIENTS;

/** A GET as a client with the given Accept-Encoding sends it; nothing is decoded. */
export function get(origin: string, path: string, client: Client, headers: Record<string, string> = {}): Promise<Sent> {
  return new Promise((done, fail) => {
    const req = request(`${origin}${path}`, { headers: { "accept-encoding": CLIENTS[client], ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end();
  });
}
