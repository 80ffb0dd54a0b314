import { describe, expect, test } from "vitest";
import { textSchema, textTranslationSchema } from "../../src/lib/schemas";
import { filled, marksOf, piecesOf, textOf } from "../../src/lib/texts";
import { LISTS } from "../../src/lib/collections";

describe("piecesOf", () => {
  test.each([
    ["Plain words.", [{ kind: "words", words: "Plain words." }]],
    [
      "Where we explain a name, the [glossary](glossary) says so.",
      [
        { kind: "words", words: "Where we explain a name, the " },
        { kind: "link", words: "glossary", target: "glossary" },
        { kind: "words", words: " says so." },
      ],
    ],
    [
      "First published on {published}; last changed on {modified}.",
      [
        { kind: "words", words: "First published on " },
        { kind: "slot", name: "published" },
        { kind: "words", words: "; last changed on " },
        { kind: "slot", name: "modified" },
        { kind: "words", words: "." },
      ],
    ],
    ["{host}", [{ kind: "slot", name: "host" }]],
    [
      "Brackets [as such] and {Capitals} stay words.",
      [{ kind: "words", words: "Brackets [as such] and {Capitals} stay words." }],
    ],
  ])("%s", (text, pieces) => {
    expect(piecesOf(text)).toEqual(pieces);
  });

  test("marksOf lists the link targets and slots", () => {
    expect(marksOf("See the [log](log) of {day} and [tracker](tracker).")).toEqual({
      targets: ["log", "tracker"],
      slots: ["day"],
    });
  });
});

describe("filled", () => {
  test("fills each slot with its value", () => {
    expect(filled("Map; {host}, the host, shaded.", { host: "Panama" })).toBe("Map; Panama, the host, shaded.");
  });
  test.each([
    ["Map; {host}, the host.", {}, /nothing fills \{host\}/],
    ["See the [glossary](glossary).", {}, /cannot stand in plain text/],
  ])("%s is refused", (text, values, message) => {
    expect(() => filled(text, values)).toThrow(message);
  });
});

describe("textOf", () => {
  const texts = [{ id: "about-intro", text: "Intro." }];
  test("finds a text by id", () => expect(textOf(texts, "about-intro", "en").text).toBe("Intro."));
  test.each([
    ["en", /^content\/texts\.yaml: there is no text "about-dates"/],
    ["es", /^content\/es\/texts\.yaml: there is no text "about-dates"/],
  ])("a missing text in %s names the file and the id", (locale, message) => {
    expect(() => textOf(texts, "about-dates", locale)).toThrow(message);
  });
});

describe("textSchema and its translation", () => {
  test.each([
    [{ id: "about-intro", text: "Intro." }, true],
    [{ id: "about-method", heading: "How", items: ["One.", "Two."] }, true],
    [{ id: "about-method", heading: "How" }, false],
    [{ id: "about-method", text: "" }, false],
    [{ id: "about-method", text: "x", url: "https://example.org" }, false],
    [{ id: "About", text: "x" }, false],
  ])("%j: %s", (data, ok) => {
    expect(textSchema.safeParse(data).success).toBe(ok);
    expect(textTranslationSchema.safeParse(data).success).toBe(ok);
  });

  const check = LISTS.texts.translation.check!;
  test.each([
    [{ id: "a", text: "x" }, { id: "a", text: "y" }, undefined],
    [{ id: "a", heading: "H", text: "x" }, { id: "a", text: "y" }, "heading"],
    [{ id: "a", text: "x" }, { id: "a", heading: "H", text: "y" }, "heading"],
    [{ id: "a", items: ["1", "2"] }, { id: "a", items: ["1"] }, "items"],
    [{ id: "a", items: ["1"] }, { id: "a", text: "y" }, "text"],
  ])("translation of %j as %j: problem in %s", (original, words, field) => {
    expect(check(original, words, "es", "content/texts.yaml")?.field).toBe(field);
  });
});
