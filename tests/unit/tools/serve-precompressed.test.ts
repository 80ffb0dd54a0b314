/**
 * npm start's server sends the build's precompressed copies as they are, like scripts/deploy/nginx.conf:
 * brotli to a client that accepts it, else gzip, else the file, with Vary and Content-Length right. The
 * copies here hold marker bytes, not real compression, so compressing on the fly could not pass.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { acceptedCodings, serve } from "../../../scripts/serve.mjs";

const scratch = mkdtempSync(join(tmpdir(), "serve-precompressed-"));
const root = join(scratch, "dist");
const files: Record<string, string> = {
  "index.html": "<p>home, as written</p>",
  "index.html.br": "BROTLI COPY OF HOME",
  "index.html.gz": "GZIP COPY OF HOME, LONGER",
  "404.html": "<p>not here</p>",
  "404.html.gz": "GZIP COPY OF 404",
  "map.svg": "<svg></svg>",
  "og.png": "PNG",
  _headers: "/*\n  X-Frame-Options: DENY\n",
};
mkdirSync(root, { recursive: true });
for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
// A brotli copy that is a link to a file outside the site: never sent.
writeFileSync(join(scratch, "secret.br"), "SECRET");
symlinkSync(join(scratch, "secret.br"), join(root, "map.svg.br"));

let server: Server;
let origin = "";
beforeAll(async () => {
  server = await serve(root, 0);
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.close();
  rmSync(scratch, { recursive: true, force: true });
});

interface Sent {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
/** One request; the body exactly as sent (Node's client decodes nothing). */
function fetchRaw(path: string, acceptEncoding: string | undefined, method = "GET"): Promise<Sent> {
  const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
  return new Promise((done, fail) => {
    const req = request(`${origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", fail);
    req.end();
  });
}
const summary = ({ status, headers, body }: Sent) => ({
  status,
  body,
  encoding: headers["content-encoding"],
  length: headers["content-length"],
  vary: headers["vary"],
});

interface Case {
  path: string;
  accept: string | undefined;
  status: number;
  body: string;
  encoding: string | undefined;
}
const cases: Case[] = [
  { path: "/", accept: "gzip, deflate, br, zstd", status: 200, body: "BROTLI COPY OF HOME", encoding: "br" },
  { path: "/", accept: "br", status: 200, body: "BROTLI COPY OF HOME", encoding: "br" },
  { path: "/", accept: "gzip, deflate", status: 200, body: "GZIP COPY OF HOME, LONGER", encoding: "gzip" },
  { path: "/", accept: "br;q=0, gzip", status: 200, body: "GZIP COPY OF HOME, LONGER", encoding: "gzip" },
  { path: "/", accept: "identity", status: 200, body: "<p>home, as written</p>", encoding: undefined },
  { path: "/", accept: undefined, status: 200, body: "<p>home, as written</p>", encoding: undefined },
  { path: "/nowhere/", accept: "br, gzip", status: 404, body: "GZIP COPY OF 404", encoding: "gzip" },
  { path: "/nowhere/", accept: undefined, status: 404, body: "<p>not here</p>", encoding: undefined },
];

describe("npm start's server sends the build's precompressed copies", () => {
  test.each(cases)("$path to Accept-Encoding: $accept", async ({ path, accept, status, body, encoding }) => {
    expect(summary(await fetchRaw(path, accept))).toEqual({
      status,
      body,
      encoding,
      length: String(Buffer.byteLength(body)),
      vary: "Accept-Encoding",
    });
  });

  test("a HEAD gets the Content-Length of what a GET would send, and no body", async () => {
    expect(summary(await fetchRaw("/", "br", "HEAD"))).toEqual({
      status: 200,
      body: "",
      encoding: "br",
      length: String(Buffer.byteLength(files["index.html.br"]!)),
      vary: "Accept-Encoding",
    });
  });

  test("a file without copies gets no Vary; a copy that links outside the site is not sent", async () => {
    expect(summary(await fetchRaw("/og.png", "br, gzip"))).toEqual({
      status: 200,
      body: "PNG",
      encoding: undefined,
      length: "3",
      vary: undefined,
    });
    expect(summary(await fetchRaw("/map.svg", "br, gzip"))).toEqual({
      status: 200,
      body: "<svg></svg>",
      encoding: undefined,
      length: "11",
      vary: undefined,
    });
  });

  test("the headers of _headers still apply to a compressed answer", async () => {
    expect((await fetchRaw("/", "br")).headers["x-frame-options"]).toBe("DENY");
  });
});

describe("acceptedCodings", () => {
  test.each<[string | undefined, string[]]>([
    [undefined, []],
    ["", []],
    ["gzip, deflate, br, zstd", ["gzip", "deflate", "br", "zstd"]],
    ["BR;q=0.5, GZIP", ["br", "gzip"]],
    ["br;q=0, gzip;q=0.0, deflate", ["deflate"]],
    ["br ; q=1 ,gzip", ["br", "gzip"]],
  ])("%s", (header, codings) => expect([...acceptedCodings(header)]).toEqual(codings));
});
