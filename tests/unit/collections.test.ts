import { describe, expect, test } from "vitest";
import { buildExplainer } from "../../src/lib/explainer";
import { partPathIn } from "../../src/lib/permalinks";
import {
  editionCollectionName,
  entriesOf,
  LISTS,
  TRANSLATED_LISTS,
  type ListData,
  type ListName,
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

describe("each list as the explainer gives it to the pages: linked and ordered in the edition", () => {
  const data = input();
  // Every list non-empty, so that each row below checks something.
  data.places = [place("panama", { section: "borders", passage: "darien-gap" }, true)];
  data.texts = [{ file: "content/texts.yaml", data: { id: "map-description", text: "A map of {host}." } }];
  const explainers = {
    en: buildExplainer(data),
    es: buildExplainer(data, { locale: "es", partPath: partPathIn("/es/", (id) => (id === "borders" ? "fronteras" : id)) }),
  };

  // Written out by hand from explainer-input.ts: the introduction's figure first (story order), events oldest
  // first and the era last, the log newest first with one day's entries in reading order.
  const expected: Record<"en" | "es", Record<ListName, object[]>> = {
    en: {
      figures: [
        { id: "conference-date", permalink: "/#figure-conference-date", href: "/#the-gathering", sectionNavTitle: "Overview" },
        {
          id: "darien-crossings",
          permalink: "/borders/#figure-darien-crossings",
          href: "/borders/#darien-gap",
          sectionTitle: "borders title",
        },
      ],
      events: [
        { id: "drop", label: "2023", permalink: "/borders/#event-drop", href: "/borders/#darien-gap" },
        {
          id: "convenes",
          label: "9 April 2025",
          permalink: "/#event-convenes",
          href: "/#the-gathering",
          sectionNavTitle: "Overview",
        },
        { id: "next", label: "After the conference", permalink: "/cartels/#event-next", href: "/cartels/" },
      ],
      corrections: [
        { id: "fix", permalink: "/about/#correction-fix", href: "/borders/#darien-gap", partTitle: "borders title" },
        { id: "old", permalink: "/about/#correction-old", href: "/borders/" },
        { id: "site", permalink: "/about/#correction-site", href: undefined, partTitle: undefined },
      ],
      questions: [{ id: "who", href: "/borders/#darien-gap" }],
      glossary: [{ id: "centsec", permalink: "/glossary/#centsec", href: "/#the-gathering", partTitle: "A gathering" }],
      places: [
        { id: "panama", lon: -78, lat: 8, host: true, mentions: [{ href: "/borders/#darien-gap", sectionNavTitle: "borders" }] },
      ],
      texts: [{ id: "map-description", text: "A map of {host}." }],
    },
    es: {
      figures: [
        {
          id: "conference-date",
          permalink: "/es/#figure-conference-date",
          href: "/es/#the-gathering",
          sectionNavTitle: "Panorama",
        },
        { id: "darien-crossings", permalink: "/es/fronteras/#figure-darien-crossings", href: "/es/fronteras/#darien-gap" },
      ],
      events: [
        { id: "drop", label: "2023", permalink: "/es/fronteras/#event-drop", href: "/es/fronteras/#darien-gap" },
        {
          id: "convenes",
          label: "9 de abril de 2025",
          permalink: "/es/#event-convenes",
          href: "/es/#the-gathering",
          sectionNavTitle: "Panorama",
        },
        { id: "next", label: "After the conference", permalink: "/es/cartels/#event-next", href: "/es/cartels/" },
      ],
      corrections: [
        { id: "fix", permalink: "/es/acerca-de/#correction-fix", href: "/es/fronteras/#darien-gap" },
        { id: "old", permalink: "/es/acerca-de/#correction-old", href: "/es/fronteras/" },
        { id: "site", permalink: "/es/acerca-de/#correction-site", href: undefined },
      ],
      questions: [{ id: "who", href: "/es/fronteras/#darien-gap" }],
      glossary: [{ id: "centsec", permalink: "/es/glosario/#centsec", href: "/es/#the-gathering" }],
      places: [{ id: "panama", mentions: [{ href: "/es/fronteras/#darien-gap" }] }],
      texts: [{ id: "map-description", text: "A map of {host}." }],
    },
  };

  test("every list of the table has a row for each edition", () => {
    for (const rows of Object.values(expected)) expect(Object.keys(rows).sort()).toEqual(Object.keys(LISTS).sort());
  });

  test.each((["en", "es"] as const).flatMap((locale) => entriesOf(LISTS).map(([name]) => [name, locale] as const)))(
    "%s (%s)",
    (name, locale) => {
      expect(explainers[locale][name]).toMatchObject(expected[locale][name]);
    },
  );
});
