import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { attributeValues, DIST, htmlFiles, readDist, SITE, urlPathOf } from "../tools/dist";

/** Ids present on each page, and in each SVG file a page may address by fragment (/map.svg#borders), keyed by URL path. */
const svgFiles = readdirSync(DIST).filter((name) => name.endsWith(".svg"));
const idsByPath = new Map(
  [...htmlFiles(), ...svgFiles].map((file) => [urlPathOf(file), new Set(attributeValues(readDist(file), "id"))]),
);

function resolveTarget(pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith("/") ? [join(DIST, decoded, "index.html")] : [join(DIST, decoded), join(DIST, decoded, "index.html")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

describe("every internal link and fragment in dist/ resolves", () => {
  test.each(htmlFiles())("%s", (file) => {
    const here = new URL(urlPathOf(file), "http://site.test");
    const html = readDist(file);
    const broken: string[] = [];
    const links = [...attributeValues(html, "href"), ...attributeValues(html, "src")];
    for (const link of links) {
      const url = new URL(link, here);
      if (url.origin !== here.origin) continue;
      const target = url.pathname;
      if (!resolveTarget(target)) {
        broken.push(`${link}: no file for ${target}`);
        continue;
      }
      if (url.hash.length > 1) {
        const ids = idsByPath.get(target);
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids?.has(id)) broken.push(`${link}: no element with id "${id}" on ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test("no link in dist/ points at another host except the canonical site itself", () => {
    const offsite = htmlFiles().flatMap((file) =>
      attributeValues(readDist(file), "src")
        .filter((src) => /^(https?:)?\/\//.test(src) && !src.startsWith(SITE))
        .map((src) => `${file}: ${src}`),
    );
    expect(offsite).toEqual([]);
  });
});
