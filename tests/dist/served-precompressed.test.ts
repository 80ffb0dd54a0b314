/**
 * `npm start` sends the built pages as the deployed site does: the build's own .br to a browser, its .gz
 * to a gzip-only client, the page itself to one that accepts neither (scripts/serve.mjs).
 */
import { readFileSync } from "node:fs";
import { request, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serve } from "../../scripts/serve.mjs";
import { DIST, pagePaths } from "../tools/dist";

let server: Server;
let origin = "";
beforeAll(async () => {
  server = await serve(DIST, 0);
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());

/** One GET; the body exactly as sent (Node's client decodes nothing). */
function fetchRaw(path: string, acceptEncoding?: string) {
  const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (done, fail) => {
      const req = request(`${origin}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", fail);
      req.end();
    },
  );
}

describe("npm start's server, on the built site", () => {
  test.each<[string, string | undefined, string, string | undefined]>([
    ["a browser", "gzip, deflate, br, zstd", "es/index.html.br", "br"],
    ["a gzip-only client", "gzip, deflate", "es/index.html.gz", "gzip"],
    ["a client that accepts neither", undefined, "es/index.html", undefined],
  ])("/es/ to %s (Accept-Encoding: %s) is exactly the bytes of dist/%s", async (_client, accept, file, encoding) => {
    const sent = await fetchRaw("/es/", accept);
    const bytes = readFileSync(join(DIST, file));
    expect(sent.status).toBe(200);
    expect(sent.body.equals(bytes), `${sent.body.length} bytes sent, ${bytes.length} in ${file}`).toBe(true);
    expect(sent.headers["content-length"]).toBe(String(bytes.length));
    expect(sent.headers["content-encoding"]).toBe(encoding);
    expect(sent.headers["vary"]).toBe("Accept-Encoding");
  });

  test("every page reaches a browser as its .br file", async () => {
    for (const path of pagePaths()) {
      const sent = await fetchRaw(path, "gzip, deflate, br, zstd");
      const bytes = readFileSync(join(DIST, path, "index.html.br"));
      expect([path, sent.headers["content-encoding"], sent.body.equals(bytes)]).toEqual([path, "br", true]);
    }
  });
});
