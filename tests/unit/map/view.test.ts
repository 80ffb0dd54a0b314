import { describe, expect, test } from "vitest";
import { locatorMapView } from "../../../src/lib/map/view";
import { geography, places } from "./places";

describe("locatorMapView", () => {
  test("on the home page: every place but the seas is a link, the host stands out, in reading order", () => {
    const view = locatorMapView(places, "introduction", geography);
    expect(view.places.filter((m) => m.style === "host").map((m) => m.id)).toEqual(["panama"]);
    expect(new Set(view.places.filter((m) => m.id !== "panama").map((m) => m.style))).toEqual(new Set(["normal"]));
    const tops = view.places.map((m) => m.text.box.y0);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(view.places).toHaveLength(places.filter((p) => p.kind !== "sea").length);
    expect(view.seas.map((s) => s.id).sort()).toEqual(["caribbean-sea", "pacific-ocean"]);
    const panama = view.places.find((e) => e.id === "panama")!;
    expect(panama.href).toBe("/#the-gathering");
    expect(panama.name).toBe("Panama: see introduction nav");
  });

  test("dots only for points: the Canal and the Darién Gap; countries are named across their area", () => {
    const view = locatorMapView(places, "introduction", geography);
    expect(
      view.places
        .filter((m) => m.dot)
        .map((m) => m.id)
        .sort(),
    ).toEqual(["darien-gap", "panama-canal"]);
    expect(new Set(view.places.filter((m) => !m.dot).map((m) => m.kind))).toEqual(new Set(["area"]));
  });

  test("on a part: its own places stand out, the others recede, and links lead to the passage on that page", () => {
    const view = locatorMapView(places, "cartels", geography);
    const style = Object.fromEntries(view.places.map((e) => [e.id, e.style]));
    expect(style).toMatchObject({
      mexico: "emphasis",
      chile: "emphasis",
      uruguay: "emphasis",
      italy: "emphasis",
      panama: "muted",
      venezuela: "muted",
    });
    expect(view.places.find((e) => e.id === "mexico")!.href).toBe("/cartels/#cartel-reach");
    expect(view.places.find((e) => e.id === "venezuela")!.href).toBe("/china/#top-trading-partner");
    const borders = locatorMapView(places, "borders", geography);
    const darien = borders.places.find((e) => e.id === "darien-gap")!;
    const canal = borders.places.find((e) => e.id === "panama-canal")!;
    expect(darien.dot!.r).toBeGreaterThan(canal.dot!.r);
  });

  test("lays every name out twice, in the wide and the phone label set, the phone's larger", () => {
    for (const page of ["introduction", "borders", "china"]) {
      const view = locatorMapView(places, page, geography);
      for (const entry of view.places) {
        expect(entry.phone.text.size, entry.id).toBeGreaterThan(entry.text.size);
        expect(entry.phone.text.lines.join(" "), entry.id).toBe(entry.label);
      }
      for (const sea of view.seas) expect(sea.phone.size, sea.id).toBeGreaterThan(sea.text.size);
    }
  });

  test("marks the host on every page, whatever its style there", () => {
    for (const page of ["introduction", "borders", "cartels"]) {
      const view = locatorMapView(places, page, geography);
      expect(
        view.places.filter((e) => e.host).map((e) => e.id),
        page,
      ).toEqual(["panama"]);
    }
  });

  test("lays the places out the same whatever order they come in", () => {
    const a = locatorMapView([...places].reverse(), "introduction", geography);
    const b = locatorMapView(places, "introduction", geography);
    expect(a.places.map(({ id, text }) => [id, text])).toEqual(b.places.map(({ id, text }) => [id, text]));
  });

  test("names each place in the language asked for, and refuses a missing name", () => {
    // The same places asked for in two languages: each gets its own layout, not the first one's.
    const both = places.map((p) => ({ ...p, name: { en: p.name["en"]!, es: p.name["en"]!.toLowerCase() } }));
    const labels = (language: string) => locatorMapView(both, "introduction", geography, language).places.map((p) => p.label);
    expect(labels("en")).toContain("Mexico");
    expect(labels("es")).toContain("mexico");
    expect(labels("es")).not.toContain("Mexico");
    const englishOnly = places.map((p) => ({ ...p, name: { en: p.name["en"]! } }));
    expect(() => locatorMapView(englishOnly, "introduction", geography, "es")).toThrow(/has no name in "es"/);
  });
});
