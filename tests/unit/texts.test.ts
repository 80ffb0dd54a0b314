import { describe, expect, test } from "vitest";
import { textSchema, textTranslationSchema } from "../../src/lib/schemas";
import { filled, mapDescription, textOf } from "../../src/lib/texts";

describe("filled", () => {
  test.each([
    ["Map; {host}, the host, shaded.", { host: "Panama" }, "Map; Panama, the host, shaded."],
    ["{host} and {host}", { host: "Panama" }, "Panama and Panama"],
    ["Plain words, no slot.", {}, "Plain words, no slot."],
    ["Braces {Capitals} and { spaced } stay words.", {}, "Braces {Capitals} and { spaced } stay words."],
  ])("%s", (text, values, expected) => {
    expect(filled(text, values)).toBe(expected);
  });

  test("a slot with no value is refused, naming it", () => {
    expect(() => filled("Map; {host}, the host.", {})).toThrow(/nothing fills \{host\}/);
  });
});

describe("textOf", () => {
  const texts = [{ id: "map-description", text: "A map." }];
  test("finds a text by id", () => expect(textOf(texts, "map-description", "en").text).toBe("A map."));
  test.each([
    ["en", /^content\/texts\.yaml: there is no text "map-description-without-host"/],
    ["es", /^content\/es\/texts\.yaml: there is no text "map-description-without-host"/],
  ])("a missing text in %s names the file and the id", (locale, message) => {
    expect(() => textOf(texts, "map-description-without-host", locale)).toThrow(message);
  });
});

describe("mapDescription", () => {
  const texts = [
    { id: "map-description", text: "Mexico to Chile, with {host} (the host) enlarged." },
    { id: "map-description-without-host", text: "Mexico to Chile." },
  ];
  test.each([
    [
      "names the host in the edition's language",
      [{ host: true, name: { en: "Panama", es: "Panamá" } }],
      "es",
      "Mexico to Chile, with Panamá (the host) enlarged.",
    ],
    ["without a host, the other text", [{ host: false, name: { en: "Mexico" } }], "en", "Mexico to Chile."],
  ])("%s", (_name, places, locale, expected) => {
    expect(mapDescription(texts, places, locale)).toBe(expected);
  });
});

describe("textSchema and its translation: an id and one plain text", () => {
  test.each([
    [{ id: "map-description", text: "A map of {host}." }, true],
    [{ id: "map-description", text: "" }, false],
    [{ id: "map-description" }, false],
    [{ id: "about-method", heading: "How", items: ["One."] }, false],
    [{ id: "map-description", text: "x", url: "https://example.org" }, false],
    [{ id: "Map", text: "x" }, false],
  ])("%j: %s", (data, ok) => {
    expect(textSchema.safeParse(data).success).toBe(ok);
    expect(textTranslationSchema.safeParse(data).success).toBe(ok);
  });
});
