import { describe, expect, test } from "vitest";
import { buildExplainer } from "../../src/lib/explainer";
import { editionCollectionName, LISTS, TRANSLATED_LISTS, type ListData, type Reference } from "../../src/lib/collections";
import { input } from "./explainer-input";

describe("the table of collections", () => {
  test.each<[string, () => Reference[], Reference[]]>([
    [
      "a figure points at its section and passage",
      () => LISTS.figures.references(input().figures[0]!.data),
      [{ field: "section", section: "borders", passage: "darien-gap" }],
    ],
    [
      "an event without a passage points at its section",
      () => LISTS.events.references(input().events[2]!.data),
      [{ field: "section", section: "cartels", passage: undefined }],
    ],
    ["a log entry about the whole site points nowhere", () => LISTS.corrections.references(input().corrections[2]!.data), []],
    [
      "a log entry about a passage points at its part",
      () => LISTS.corrections.references(input().corrections[1]!.data),
      [{ field: "part", section: "borders", passage: "darien-gap" }],
    ],
    [
      "a place points at each mention, named by its index",
      () => {
        const place: ListData<"places"> = {
          id: "panama",
          name: { en: "Panama" },
          kind: "country",
          position: { lat: 9, lon: -80 },
          mentions: [
            { section: "borders", passage: "darien-gap" },
            { section: "introduction", passage: "the-gathering" },
          ],
        };
        return LISTS.places.references(place);
      },
      [
        { field: "section", at: "mentions[0]", section: "borders", passage: "darien-gap" },
        { field: "section", at: "mentions[1]", section: "introduction", passage: "the-gathering" },
      ],
    ],
  ])("%s", (_name, references, expected) => {
    expect(references()).toEqual(expected);
  });

  test("another edition translates every list but the places, which name themselves in every language", () => {
    expect(TRANSLATED_LISTS).toEqual(["figures", "events", "corrections", "questions", "glossary", "texts"]);
  });

  test("an edition's collection is named after the locale and the collection", () => {
    expect(editionCollectionName("es", "glossary")).toBe("esGlossary");
    expect(editionCollectionName("es", "sections")).toBe("esSections");
  });

  test("the explainer hands every list of the table to the pages, in file order", () => {
    const data = input();
    const { lists } = buildExplainer(data);
    expect(Object.keys(lists)).toEqual(Object.keys(LISTS));
    expect(lists.questions).toEqual(data.questions);
    expect(lists.events.map((e) => e.data.id)).toEqual(["convenes", "drop", "next"]);
  });
});
