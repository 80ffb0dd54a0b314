import { describe, expect, test } from "vitest";
import { foreignNamesOf, splitForeignNames } from "../../src/lib/foreign-names";

const glossary = [{ term: "Naval Ship Comfort", lang: "en" }, { term: "’Ndrangheta", lang: "it" }, { term: "Tapón del Darién" }];

describe("foreign names", () => {
  test("are the glossary terms whose language is not the edition's", () => {
    expect(foreignNamesOf(glossary, "es").map((n) => n.text)).toEqual(["Naval Ship Comfort", "’Ndrangheta"]);
    expect(foreignNamesOf(glossary, "en")).toEqual([{ text: "’Ndrangheta", lang: "it" }]);
  });

  test("cut a text around each occurrence, and leave other text whole", () => {
    const names = foreignNamesOf(glossary, "es");
    expect(splitForeignNames("enviar el Naval Ship Comfort a Panamá y la ’Ndrangheta.", names)).toEqual([
      "enviar el ",
      { text: "Naval Ship Comfort", lang: "en" },
      " a Panamá y la ",
      { text: "’Ndrangheta", lang: "it" },
      ".",
    ]);
    expect(splitForeignNames("Naval Ship Comfort", names)).toEqual([{ text: "Naval Ship Comfort", lang: "en" }]);
    expect(splitForeignNames("Nada aquí.", names)).toEqual(["Nada aquí."]);
    expect(splitForeignNames("", names)).toEqual([]);
  });
});
