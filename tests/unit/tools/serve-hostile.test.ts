import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseTarget, serve } from "../../../scripts/serve.mjs";

// A site in a scratch folder with a secret beside it (outside the served root) that no request may reach.
const scratch = mkdtempSync(join(tmpdir(), "serve-hostile-"));
const root = join(scratch, "dist");
const files: Record<string, string> = {
  "index.html": "<p>home</p>",
  "404.html": "<p>not here</p>",
  "borders/index.html": "<p>borders</p>",
  _headers: "/*\n  X-Frame-Options: DENY\n/404.html\n  Cache-Control: no-store\n",
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
}
writeFileSync(join(scratch, "secret.txt"), "SECRET");

let server: Server;
let port = 0;
beforeAll(async () => {
  server = await serve(root, 0);
  port = (server.address() as { port: number }).port;
});
afterAll(() => {
  server.close();
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * Sends raw bytes on a fresh loopback connection and resolves with everything the server sent back
 * before it closed or 5 s passed. The socket is not half-closed (the server would drop a request
 * still being answered), unless `end`.
 */
function raw(bytes: string | Buffer, end = false): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const finish = () => done(Buffer.concat(chunks).toString("latin1"));
    socket.setTimeout(5000, () => socket.destroy());
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("close", finish);
    socket.on("error", (error: NodeJS.ErrnoException) => (error.code === "ECONNRESET" ? finish() : fail(error)));
    if (end) socket.end(bytes);
    else socket.write(bytes);
  });
}
const get = (target: string, method = "GET") =>
  raw(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);

describe("npm start's server under hostile requests (raw bytes on loopback)", () => {
  test.each<[string, string | Buffer, number]>([
    ["a malformed escape", "GET /%E0 HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["a lone %", "GET /% HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["plain traversal", "GET /../secret.txt HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["encoded traversal", "GET /%2e%2e/secret.txt HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["an encoded slash in traversal", "GET /borders%2f..%2f..%2fsecret.txt HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["a backslash", "GET /..\\secret.txt HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["an encoded backslash", "GET /..%5csecret.txt HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["an encoded NUL", "GET /index.html%00.png HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["a 20 KB path", `GET /${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
    ["a 3 KB path", `GET /${"a".repeat(3000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 414],
    ["PROPFIND", "PROPFIND / HTTP/1.1\r\nHost: x\r\n\r\n", 405],
    ["POST", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi", 405],
    ["DELETE", "DELETE /index.html HTTP/1.1\r\nHost: x\r\n\r\n", 405],
    ["a NUL in the method", Buffer.from("GET\0 / HTTP/1.1\r\nHost: x\r\n\r\n", "latin1"), 400],
    ["a made-up method", "BREW / HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["an absolute-form target", "GET http://evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["an asterisk target", "GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["garbage", "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 400],
  ])("%s", async (_name, bytes, status) => {
    const response = await raw(bytes);
    expect(statusOf(response), response.slice(0, 200)).toBe(status);
    expect(response).not.toContain("SECRET");
  });

  test("a bare CRLF CRLF gets no answer and no crash", async () => {
    expect(statusOf(await raw("\r\n\r\n", true))).not.toBe(200);
  });

  test.each(["//evil.example", "//evil.example/", "///evil.example/x", "/\\evil.example", "//borders"])(
    "%s never redirects off the site",
    async (target) => {
      const response = await get(target);
      const location = /\r\nLocation: (.*)\r\n/i.exec(response)?.[1];
      if (location !== undefined) expect(location).toMatch(/^\/[^/\\]/);
      expect(response).not.toMatch(/evil\.example/i);
    },
  );

  test("keeps today's answers: pages, the 404 page with its headers, the slash redirect without host or port", async () => {
    const home = await get("/");
    expect([statusOf(home), home.includes("<p>home</p>"), home.includes("X-Frame-Options: DENY")]).toEqual([200, true, true]);
    const miss = await get("/nowhere/");
    expect([statusOf(miss), miss.includes("<p>not here</p>"), miss.includes("Cache-Control: no-store")]).toEqual([
      404,
      true,
      true,
    ]);
    expect(statusOf(await get("/_headers"))).toBe(404);
    const redirect = await get("/borders?x=1");
    expect(statusOf(redirect)).toBe(301);
    expect(redirect).toContain("\r\nLocation: /borders/?x=1\r\n");
    const head = await get("/borders/", "HEAD");
    expect([statusOf(head), head.includes("borders</p>")]).toEqual([200, false]);
  });

  test("still answers a normal GET after every hostile request", async () => {
    expect(statusOf(await get("/borders/"))).toBe(200);
  });
});

describe("parseTarget", () => {
  test.each<[string, ReturnType<typeof parseTarget>]>([
    ["/borders/?x=1#y", { path: "/borders/", encoded: "/borders/", search: "?x=1" }],
    ["/es/fronteras/", { path: "/es/fronteras/", encoded: "/es/fronteras/", search: "" }],
    ["/caf%C3%A9/", { path: "/café/", encoded: "/caf%C3%A9/", search: "" }],
    ["/%E0", { status: 400 }],
    ["/a/./b", { status: 400 }],
    ["/a/%2E%2E/b", { status: 400 }],
    ["http://evil.example/", { status: 400 }],
    [`/${"a".repeat(2048)}`, { status: 414 }],
  ])("%s", (target, expected) => expect(parseTarget(target)).toEqual(expected));
});
