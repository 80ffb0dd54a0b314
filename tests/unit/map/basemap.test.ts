import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { basemapHref, basemapSvg } from "../../../src/lib/map/basemap";
import { frameOf, ISTHMUS_FRAME, MAP_HEIGHT, MAP_WIDTH } from "../../../src/lib/map/frame";
import { colours } from "../../../src/styles/colours";
import { geography, panels, places } from "./places";

const { line, teal, host: hostTeal } = colours.map;
const MAP_SOURCE = "src/lib/map";

describe("basemapSvg", () => {
  const svg = basemapSvg(geography, places);
  /** The absolute coordinates of SVG path data written with M, L, l, H, V and Z. */
  function positions(d: string): number[] {
    const out: number[] = [];
    let [x, y, command] = [0, 0, ""];
    const tokens = d.match(/[MLlHVZ]|-?\d+(?:\.\d+)?/g)!;
    for (let i = 0; i < tokens.length;) {
      const token = tokens[i]!;
      if (/[MLlHVZ]/.test(token)) {
        command = token;
        i++;
        continue;
      }
      const n = Number(token);
      if (command === "H") [x, i] = [n, i + 1];
      else if (command === "V") [y, i] = [n, i + 1];
      else if (command === "l") [x, y, i] = [x + n, y + Number(tokens[i + 1]), i + 2];
      else [x, y, i] = [n, Number(tokens[i + 1]), i + 2];
      out.push(x, y);
    }
    return out;
  }

  test("draws every path inside the frame, in whole units but for the frames' half-unit strokes", () => {
    const paths = [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThanOrEqual(12);
    for (const d of paths) {
      const values = positions(d);
      expect(values.every((v) => Number.isInteger(v * 2))).toBe(true);
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...values.filter((_, i) => i % 2 === 0))).toBeLessThanOrEqual(MAP_WIDTH);
      expect(Math.max(...values.filter((_, i) => i % 2 === 1))).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  test("has water, one hairline frame (the inset's, none round the map: no boxes in boxes), and the host in each panel it lies on", () => {
    expect(svg.match(/fill-rule="evenodd"/g)).toHaveLength(3); // the water of the three panels
    expect(svg).toMatch(/<clipPath id="m">/);
    const frames = [
      ...svg.matchAll(
        new RegExp(`<path d="(M[\\d. ]+H[\\d.]+V[\\d.]+H[\\d.]+Z)" fill="none" stroke="${line}" stroke-width="([\\d.]+)"/>`, "g"),
      ),
    ];
    const inset = panels.find((p) => p.id === "inset")!.box;
    // The inset's frame, and the world map's key rectangle (below); no frame round the main map or the world.
    expect(
      frames.map((m) =>
        m[1]!
          .split(/[MHVZ ]/)
          .filter(Boolean)
          .map(Number),
      ),
    ).toContainEqual([inset.x0 + 0.5, inset.y0 + 0.5, inset.x1 - 0.5, inset.y1 - 0.5, inset.x0 + 0.5]);
    expect(frames).toHaveLength(2);
    for (const m of frames) expect(Number(m[2])).toBeLessThanOrEqual(0.6);
    expect(svg.match(new RegExp(`fill="${hostTeal}" fill-opacity="\\.95"`, "g"))).toHaveLength(2); // the host, on the main map and the inset
  });

  test("marks the main map's extent on the world map with a plain rectangle: straight sides, square corners", () => {
    const key = new RegExp(`<path d="(M[^"L]+)" fill="none" stroke="${line}" stroke-width=".6"/>`).exec(svg)![1]!;
    expect(key).toMatch(/^M\d+ \d+H\d+V\d+H\d+Z$/);
    const [x0, y0, x1, y1] = key.match(/\d+/g)!.map(Number);
    const world = panels.find((p) => p.id === "world")!.box;
    expect(x1! - x0!).toBeGreaterThan(10);
    expect(y1! - y0!).toBeGreaterThan(10);
    for (const [v, lo, hi] of [
      [x0!, world.x0, world.x1],
      [x1!, world.x0, world.x1],
      [y0!, world.y0, world.y1],
      [y1!, world.y0, world.y1],
    ])
      (expect(v).toBeGreaterThanOrEqual(lo!), expect(v).toBeLessThanOrEqual(hi!));
  });

  test("joins the key rectangle to the inset with two thin lines, and draws no ring the key does not explain (Italy's)", () => {
    const main = panels.find((p) => p.id === "main")!;
    const d = main.lines.map(([a, b]) => `M${a.x} ${a.y}L${b.x} ${b.y}`).join("");
    expect(svg).toContain(`<path d="${d}" fill="none" stroke="${line}" stroke-width=".6"/>`);
    expect(svg).not.toMatch(/<circle /);
  });

  test("shades a page's own countries, on the main map and the world map, only when the file's fragment names the page", () => {
    expect(svg).toContain("<style>.p{display:none}.p:target{display:inline}</style>");
    const groups = Object.fromEntries(
      [...svg.matchAll(/<g id="([a-z-]+)" class="p"[^>]*>(.*?)<\/g>/g)].map((m) => [m[1], m[2]!.match(/<use /g)!.length]),
    );
    // Not the host (always shaded); Italy and China on the world map; on the home page, every country named.
    // Borders has a frame of its own, so its group is in its own file.
    expect(groups).toEqual({ introduction: 8, cartels: 4, china: 2 });
  });

  test.each<[string, string]>([
    ["introduction", "/map.svg#introduction"],
    ["borders", "/map-borders.svg#borders"], // its own frame's file
    ["cartels", "/map.svg#cartels"],
    ["china", "/map.svg#china"],
    ["partnership", "/map.svg"], // its one country is the host, shaded on every page
    ["outlook", "/map.svg"],
  ])("basemapHref: the %s page asks for %s, a fragment the file has", (page, href) => {
    expect(basemapHref(places, page, geography)).toBe(href);
    const fragment = href.split("#")[1];
    const file = href.startsWith("/map.svg") ? svg : basemapSvg(geography, places, frameOf(page));
    if (fragment) expect(file).toContain(`<g id="${fragment}"`);
  });

  test("paints in the design tokens' map colours (src/styles/colours.ts), every one of them and no other", () => {
    const painted = new Set([...svg.matchAll(/ (?:fill|stroke)="(#[0-9a-f]+)"/g)].map((m) => m[1]));
    expect(painted).toEqual(new Set(Object.values(colours.map)));
    // Read from the tokens, not copied: no module of the map writes a colour of its own.
    for (const file of readdirSync(MAP_SOURCE)) {
      expect(readFileSync(join(MAP_SOURCE, file), "utf8"), file).not.toMatch(/["'`=]#[0-9a-f]{3,8}\b/i);
    }
  });

  /** A fill of the file laid over a ground: each channel mixed by the fill's opacity. */
  const rgb = (hex: string) => {
    const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join("")}` : hex;
    return [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16));
  };
  const over = (ground: number[], hex: string, opacity: number) =>
    rgb(hex).map((channel, c) => ground[c]! * (1 - opacity) + channel * opacity);
  const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const opacityOf = (attrs: RegExp) => Number(attrs.exec(svg)![1]);
  const paints = () => {
    const water = opacityOf(new RegExp(`fill="${colours.map.water}" fill-opacity="([\\d.]+)"`));
    const land = opacityOf(new RegExp(`fill="${colours.map.land}" fill-opacity="([\\d.]+)"`));
    const named = opacityOf(/class="p" fill="#[0-9a-f]+" fill-opacity="([\d.]+)"/);
    const host = opacityOf(new RegExp(`<path d="[^"]+" fill="${hostTeal}" fill-opacity="([\\d.]+)"`));
    return (ground: string) => {
      const g = rgb(ground);
      const landOn = over(g, colours.map.land, land);
      return {
        land: luminance(landOn),
        water: luminance(over(g, colours.map.water, water)),
        named: luminance(over(landOn, teal, named)),
        host: luminance(over(landOn, hostTeal, host)),
      };
    };
  };
  test.each<[string, string]>([
    ["paper (light scheme, and print)", colours.paper],
    ["ink (dark scheme)", colours.ink],
  ])("on %s the land is lighter than the water", (_name, ground) => {
    const { land, water } = paints()(ground);
    expect(land - water).toBeGreaterThanOrEqual(ground === colours.ink ? 10 : 20);
  });
  test("in print's greys, land, water, the named countries and the host step apart, lightest first", () => {
    const { land, water, named, host } = paints()(colours.paper);
    expect(land - water).toBeGreaterThanOrEqual(20);
    // The sea and the named countries were two near greys on paper (design review r6).
    expect(water - named).toBeGreaterThanOrEqual(35);
    expect(named - host).toBeGreaterThanOrEqual(40);
  });
  // In the dark scheme the host and the named countries were two near dark teals (design review r6): the
  // host is set well apart from them, and from the land, in both schemes.
  test.each<[string, string]>([
    ["paper (light scheme)", colours.paper],
    ["ink (dark scheme)", colours.ink],
  ])("on %s the host stands well apart in lightness from the named countries and the land", (_name, ground) => {
    const { land, named, host } = paints()(ground);
    expect(Math.abs(host - named)).toBeGreaterThanOrEqual(40);
    expect(Math.abs(host - land)).toBeGreaterThanOrEqual(40);
    expect(Math.abs(named - land)).toBeGreaterThanOrEqual(12);
  });

  test("uses only translucent fills, so the same file reads in both colour schemes and on paper", () => {
    for (const fill of svg.matchAll(/ fill="(#[0-9a-f]+)"( fill-opacity="([\d.]+)")?/g)) {
      expect(Number(fill[3]), fill[0]).toBeLessThan(1);
    }
    expect(svg).not.toMatch(/<(script|a|image|foreignObject|text)\b/);
  });

  test("is the same bytes on every build, and small", () => {
    expect(basemapSvg(geography, places)).toBe(svg);
    expect(gzipSync(svg, { level: 9 }).length).toBeLessThanOrEqual(3_300);
  });
});

describe("basemapSvg in the isthmus frame (Borders)", () => {
  const svg = basemapSvg(geography, places, ISTHMUS_FRAME);
  const region = basemapSvg(geography, places);

  test("has no inset and no world map: one clip box, no key lines, no sphere", () => {
    expect(svg).toContain(`<clipPath id="m"><path clip-rule="evenodd" d="M0 0H${MAP_WIDTH}V${MAP_HEIGHT}H0Z"/></clipPath>`);
    expect(svg.match(/<path /g)!.length).toBeLessThan(region.match(/<path /g)!.length);
    expect(svg).not.toContain('stroke-width=".5"');
  });

  test("holds only the Borders page's group, shading its three countries", () => {
    const groups = [...svg.matchAll(/<g id="([a-z-]+)" class="p"[^>]*>(.*?)<\/g>/g)].map((m) => [
      m[1],
      m[2]!.match(/<use /g)!.length,
    ]);
    expect(groups).toEqual([["borders", 3]]);
  });

  test("is small enough to be a page's second file", () => expect(gzipSync(svg).length).toBeLessThan(8_000));
});
