import { describe, expect, test } from "vitest";
import { buildExplainer, linksOf, partsOf } from "../../src/lib/explainer";
import { partPath as englishPartPath, partPathIn } from "../../src/lib/permalinks";
import {
  editionCollectionName,
  entriesOf,
  LISTS,
  TRANSLATED_LISTS,
  type ListCollection,
  type ListData,
  type Reference,
} from "../../src/lib/collections";
import { input, place } from "./explainer-input";

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

  test("the explainer resolves every list of the table, by name", () => {
    const explainer = buildExplainer(input());
    for (const name of Object.keys(LISTS)) expect(explainer).toHaveProperty(name);
  });
});

describe("each list's resolve is what the explainer gives the pages", () => {
  const data = input();
  // Every list non-empty, so that each comparison below compares something.
  data.places = [place("panama", { section: "borders", passage: "darien-gap" }, true)];
  data.texts = [{ file: "content/texts.yaml", data: { id: "map-description", text: "A map of {host}." } }];
  const spanishPath = partPathIn("/es/", (id) => (id === "borders" ? "fronteras" : id));
  const editions = [
    { locale: "en", explainer: buildExplainer(data), links: linksOf(partsOf(data), "en", englishPartPath) },
    {
      locale: "es",
      explainer: buildExplainer(data, { locale: "es", partPath: spanishPath }),
      links: linksOf(partsOf(data), "es", spanishPath),
    },
  ] as const;

  test.each(editions.flatMap((edition) => entriesOf(LISTS).map(([name]) => [name, edition.locale, edition] as const)))(
    "%s (%s)",
    (name, _locale, { explainer, links }) => {
      const collection: ListCollection = LISTS[name];
      const resolved = collection.resolve(data[name], links);
      expect(resolved).toHaveLength(data[name].length);
      expect(explainer[name]).toEqual(resolved);
    },
  );
});
