import { describe, expect, test } from "vitest";
import { readMdx } from "../../src/lib/content-gate";
import { minutesFor } from "../../src/lib/explainer";

/** The record of a body as the loader stores it: the gate's one parse (src/lib/content-gate.ts). */
const bodyRecord = (body: string) => readMdx(body, { frontmatter: false });

describe("bodyRecord: passages", () => {
  test.each([
    ['<Passage id="darien-gap">\n\ntext\n\n</Passage>', ["darien-gap"]],
    ['<Passage id=\'a\'>x</Passage> <Passage class="x" id="b">y</Passage>', ["a", "b"]],
    ['<Passage id="a">x</Passage><Passage id="a">y</Passage>', ["a", "a"]],
    ["no passages here", []],
    ['<div id="not-a-passage">x</div>', []],
    // Read from the parsed tree, not the spelling: escaped text is not a passage, odd spacing still is.
    ['\\<Passage id="escaped">', []],
    ['<Passage\n  id="spread-over-lines"\n>\n\ntext\n\n</Passage>', ["spread-over-lines"]],
  ])("%s", (body, expected) => {
    expect(bodyRecord(body).passages).toEqual(expected);
  });
});

describe("bodyRecord: passages inside passages", () => {
  test.each<[string, [string, string][]]>([
    ['<Passage id="a">\n\nx\n\n</Passage>\n\n<Passage id="b">\n\ny\n\n</Passage>', []],
    ['<Passage id="outer">\n\n<Passage id="inner">\n\nx\n\n</Passage>\n\n</Passage>', [["inner", "outer"]]],
    ['<Passage id="a">\n\nSome <Passage id="b">words</Passage> here.\n\n</Passage>', [["b", "a"]]],
    [
      '<Passage id="a">\n\n<Passage id="b">\n\n<Passage id="c">x</Passage>\n\n</Passage>\n\n</Passage>',
      [
        ["b", "a"],
        ["c", "b"],
      ],
    ],
  ])("%s", (body, nested) => {
    expect(bodyRecord(body).nested).toEqual(nested);
  });
});

describe("reading time", () => {
  test("counts words, not markup", () => {
    expect(bodyRecord('## A heading\n\n<Passage id="x">\n\nOne two [three](https://example.org/four).\n\n</Passage>').words).toBe(
      5,
    );
  });
  test.each([
    ["", 1],
    ["word ".repeat(100), 1],
    ["word ".repeat(460), 2],
    ["word ".repeat(1000), 4],
  ])("%#: %i minutes", (body, minutes) => {
    expect(minutesFor(bodyRecord(body).words)).toBe(minutes);
  });
});

describe("bodyRecord: terms, headings and problems, from the same parse", () => {
  test.each<[string, string[]]>([
    ['<Term id="centsec">CENTSEC</Term> met; <Term id="darien-gap">the gap</Term>.', ["centsec", "darien-gap"]],
    ["<Term\n  id='spread'>x</Term>", ["spread"]],
    ['\\<Term id="escaped">', []],
    ['<Passage id="centsec">not a term</Passage>', []],
  ])("%s", (body, terms) => {
    expect(bodyRecord(body).terms).toEqual(terms);
  });

  test("headings with their text, at every level", () => {
    expect(bodyRecord("## What *changed*\n\ntext\n\n### Since [2023](/x/)\n\n#### Deep").headings).toEqual([
      { depth: 2, text: "What changed" },
      { depth: 3, text: "Since 2023" },
      { depth: 4, text: "Deep" },
    ]);
  });

  test("the gate's problems, with the facts it could still read", () => {
    const record = bodyRecord('<Passage id="a">\n\n{1 + 1}\n\n</Passage>');
    expect(record.problems.map((p) => p.line)).toEqual([3]);
    expect(record.passages).toEqual(["a"]);
  });

  test("a whole file's record, frontmatter skipped and lines counted from the file's first", () => {
    const record = readMdx('---\ntitle: "<Term id=\\"no\\">"\n---\n\n<Term id="yes">x</Term>\n\n{1}');
    expect(record.terms).toEqual(["yes"]);
    expect(record.problems.map((p) => p.line)).toEqual([7]);
  });
});
