import { describe, expect, test } from "vitest";
import { ContentProblems } from "../../src/lib/content-error";
import { buildExplainer } from "../../src/lib/explainer";
import { translateInput, type TranslationInput } from "../../src/lib/translation";
import { input, recordOf } from "./explainer-input";

const es = (file: string) => `content/es/${file}`;
const part = (id: string, slug: string, body: string) => ({
  id,
  file: es(`sections/${id}.mdx`),
  record: recordOf(body),
  headings: [],
  data: { title: `${id} es`, navTitle: `${id}-es`, slug, standfirst: "s", takeaway: "t" },
});

function translation(): TranslationInput {
  return {
    dir: "content/es",
    introduction: {
      id: "introduction",
      file: es("introduction.mdx"),
      record: recordOf('<Passage id="the-gathering">\n\nLa <Term id="centsec">CENTSEC</Term> se reunió.\n\n</Passage>'),
      headings: [],
      data: {
        title: "Una reunión",
        standfirst: "s",
        takeaway: "t",
        conference: { name: "Conferencia", shortName: "C", place: "Panamá" },
        source: {
          name: "Un informe",
          description: "Un solo informe.",
          line: "Basada en un solo informe.",
          siteLine: "Todo procede de un solo informe.",
        },
      },
    },
    sections: [
      part("borders", "fronteras", '<Passage id="darien-gap">x</Passage>'),
      part("cartels", "carteles", '<Passage id="uruguay-homicides">x</Passage>'),
    ],
    figures: [
      { file: es("figures.yaml"), data: { id: "darien-crossings", value: "90\u00a0%", label: "menos" } },
      { file: es("figures.yaml"), data: { id: "conference-date", value: "Cientos", label: "en Panamá" } },
    ],
    events: [
      { file: es("timeline.yaml"), data: { id: "convenes", text: "Se reunió." } },
      { file: es("timeline.yaml"), data: { id: "drop", text: "Caen los cruces." } },
      { file: es("timeline.yaml"), data: { id: "next", era: "Tras la conferencia", text: "Después." } },
    ],
    corrections: [
      { file: es("corrections.yaml"), data: { id: "old", text: "Más claro." } },
      { file: es("corrections.yaml"), data: { id: "fix", text: "Corregido." } },
      { file: es("corrections.yaml"), data: { id: "site", text: "Revisión." } },
    ],
    questions: [{ file: es("questions.yaml"), data: { id: "who", text: "¿Quién?" } }],
    glossary: [{ file: es("glossary.yaml"), data: { id: "centsec", term: "CENTSEC", says: "La conferencia." } }],
    texts: [],
    about: {
      id: "about",
      file: es("about.mdx"),
      record: recordOf("## La fuente {#source}\n\nUn informe."),
      headings: [{ depth: 2, slug: "source", text: "La fuente" }],
      data: { standfirst: "De dónde vienen los datos." },
    },
  };
}

function problemsOf(mutate: (t: TranslationInput) => void): string[] {
  const t = translation();
  mutate(t);
  try {
    translateInput(input(), t, "es");
  } catch (error) {
    if (error instanceof ContentProblems) return error.problems.map((p) => p.message);
    throw error;
  }
  return [];
}

describe("translateInput on a complete translation", () => {
  const { input: spanish, slugs } = translateInput(input(), translation(), "es");
  const explainer = buildExplainer(spanish, {
    locale: "es",
    partPath: (id) => (id === "introduction" ? "/es/" : `/es/${slugs.get(id)}/`),
  });

  test("keeps the English order, dates and references, with the Spanish words", () => {
    expect(explainer.sections.map((s) => [s.id, s.number, s.path, s.data.title, s.published])).toEqual([
      ["borders", 1, "/es/fronteras/", "borders es", "2026-11-25"],
      ["cartels", 2, "/es/carteles/", "cartels es", "2026-11-25"],
    ]);
    expect(explainer.figures.find((f) => f.id === "darien-crossings")).toMatchObject({
      id: "darien-crossings",
      kind: "percentage",
      value: "90\u00a0%",
      href: "/es/fronteras/#darien-gap",
      permalink: "/es/fronteras/#figure-darien-crossings",
    });
  });

  test("formats dates, eras and the overview's name in Spanish", () => {
    expect(explainer.events.map((e) => e.label)).toEqual(["2023", "9 de abril de 2025", "Tras la conferencia"]);
    expect(explainer.events.find((e) => e.id === "convenes")?.sectionNavTitle).toBe("Panorama");
  });

  test("the About page: the Spanish words and body", () => {
    expect(explainer.about.data.standfirst).toBe("De dónde vienen los datos.");
    expect(explainer.about.file).toBe("content/es/about.mdx");
  });

  test("links the log, questions and glossary inside the Spanish edition", () => {
    expect(explainer.corrections.map((c) => c.permalink)).toContain("/es/acerca-de/#correction-fix");
    expect(explainer.glossary[0]?.permalink).toBe("/es/glosario/#centsec");
    expect(explainer.introduction.path).toBe("/es/");
  });
});

describe("translateInput refuses what exists in one language only, naming the file, field and language", () => {
  test("a missing part", () => {
    expect(problemsOf((t) => t.sections.pop())).toEqual([
      "content/es/sections/cartels.mdx: is missing: content/sections/cartels.mdx has no es translation (every part exists in both editions)",
    ]);
  });

  test("a part with no English original", () => {
    expect(problemsOf((t) => t.sections.push(part("extra", "extra", "")))).toEqual([
      'content/es/sections/extra.mdx (file name): no English part is called "extra" (es); name the file after its English original in content/sections/',
    ]);
  });

  test("a missing introduction", () => {
    expect(problemsOf((t) => (t.introduction = undefined))[0]).toMatch(/^content\/es\/introduction\.mdx: is missing/);
  });

  test("a missing About page", () => {
    expect(problemsOf((t) => (t.about = undefined))).toEqual([
      "content/es/about.mdx: is missing: content/about.mdx has no es translation",
    ]);
  });

  test("a fixed heading id missing or added in the translated About page", () => {
    expect(problemsOf((t) => (t.about!.record = recordOf("## La fuente\n\nUn informe.")))).toEqual([
      "content/es/about.mdx (heading {#source}): is missing (es): content/about.mdx has a heading with this id, and a link to it must work in both editions",
    ]);
    expect(problemsOf((t) => (t.about!.record = recordOf("## La fuente {#source}\n\n## Fechas {#fechas}")))).toEqual([
      "content/es/about.mdx (heading {#fechas}): content/about.mdx has no heading with this id (es)",
    ]);
  });

  test("a missing figure, event, log entry, question or glossary entry", () => {
    const problems = problemsOf((t) => {
      t.figures.pop();
      t.events.shift();
      t.corrections.pop();
      t.questions.pop();
      t.glossary.pop();
    });
    expect(problems).toEqual([
      'content/es/figures.yaml (figure "conference-date"): is missing: content/figures.yaml has it, and the es edition must translate it (add an item with id: conference-date)',
      'content/es/timeline.yaml (event "convenes"): is missing: content/timeline.yaml has it, and the es edition must translate it (add an item with id: convenes)',
      'content/es/corrections.yaml (entry "site"): is missing: content/corrections.yaml has it, and the es edition must translate it (add an item with id: site)',
      'content/es/questions.yaml (question "who"): is missing: content/questions.yaml has it, and the es edition must translate it (add an item with id: who)',
      'content/es/glossary.yaml (entry "centsec"): is missing: content/glossary.yaml has it, and the es edition must translate it (add an item with id: centsec)',
    ]);
  });

  test("a mismatched id", () => {
    expect(problemsOf((t) => (t.figures[0]!.data.id = "darien-crosings"))).toEqual([
      'content/es/figures.yaml (figure "darien-crossings"): is missing: content/figures.yaml has it, and the es edition must translate it (add an item with id: darien-crossings)',
      'content/es/figures.yaml (figure "darien-crosings", field "id"): no English figure has this id (es); the ids in content/figures.yaml are: darien-crossings, conference-date',
    ]);
  });

  test("a passage missing, added or moved in the translated text", () => {
    expect(problemsOf((t) => (t.sections[0]!.record = recordOf("x")))).toEqual([
      'content/es/sections/borders.mdx (<Passage id="darien-gap">): is missing (es): content/sections/borders.mdx has it, and a link to it must work in both editions',
    ]);
    expect(
      problemsOf(
        (t) =>
          (t.sections[1]!.record = recordOf('<Passage id="uruguay-homicides">x</Passage>\n\n<Passage id="extra">y</Passage>')),
      ),
    ).toEqual([
      'content/es/sections/cartels.mdx (<Passage id="extra">): content/sections/cartels.mdx has no passage with this id (es)',
    ]);
  });

  test("a percentage that lost its number or %, an era that is not one, a missing unexplained", () => {
    const problems = problemsOf((t) => {
      t.figures[0]!.data.value = "Noventa";
      delete t.events[2]!.data.era;
      t.events[1]!.data.era = "Una era";
      t.glossary[0]!.data.unexplained = "quién la organizó.";
    });
    expect(problems).toEqual([
      'content/es/figures.yaml (figure "darien-crossings", field "value"): the English figure is a percentage ("90%"); the es value must keep the number and % (got "Noventa")',
      'content/es/timeline.yaml (event "drop", field "era"): the English event has a date, not an era; remove the field (es)',
      'content/es/timeline.yaml (event "next", field "era"): is missing: the English event is the era "After the conference" (es)',
      'content/es/glossary.yaml (entry "centsec", field "unexplained"): the English entry has none (the report explains the term); remove it (es)',
    ]);
  });

  test("a figure that states other numbers than the English one, naming both files", () => {
    expect(problemsOf((t) => (t.figures[0]!.data.value = "99\u00a0%"))).toEqual([
      'content/es/figures.yaml (figure "darien-crossings", field "value"): "99\u00a0%" states 99%, but content/figures.yaml gives this figure as "90%", which states 90%; a figure states the same numbers in both editions (es)',
    ]);
    expect(problemsOf((t) => (t.figures[1]!.data.value = "999"))).toEqual([
      'content/es/figures.yaml (figure "conference-date", field "value"): "999" states 999, but content/figures.yaml gives this figure as "Hundreds", which states no number; a figure states the same numbers in both editions (es)',
    ]);
  });

  test("two parts with one slug, or a slug that another page has", () => {
    expect(problemsOf((t) => (t.sections[1]!.data.slug = "fronteras"))).toEqual([
      'content/es/sections/borders.mdx (field "slug"): "fronteras" is already the slug of content/es/sections/cartels.mdx',
    ]);
    expect(problemsOf((t) => (t.sections[1]!.data.slug = "glosario"))).toEqual([
      'content/es/sections/cartels.mdx (field "slug"): "glosario" is reserved for another page; choose another',
    ]);
  });

  test("a place without a Spanish name", () => {
    const english = input();
    english.places = [
      {
        file: "content/places.yaml",
        data: {
          id: "panama",
          name: { en: "Panama" },
          kind: "country",
          position: { lat: 8, lon: -80 },
          mentions: [{ section: "borders", passage: "darien-gap" }],
        },
      },
    ];
    expect(() => translateInput(english, translation(), "es")).toThrow(
      'content/places.yaml (place "panama", field "name.es"): is missing: every place is named in every edition',
    );
  });
});
