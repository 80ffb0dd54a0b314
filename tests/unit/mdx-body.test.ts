import { describe, expect, test } from "vitest";
import { bodyFacts, countWords, passageIdsOf, readingMinutes } from "../../src/lib/mdx-body";

describe("passageIdsOf", () => {
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
    expect(passageIdsOf(body)).toEqual(expected);
  });
});

describe("bodyFacts: passages inside passages", () => {
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
    expect(bodyFacts(body).nested).toEqual(nested);
  });
});

describe("reading time", () => {
  test("counts words, not markup", () => {
    expect(countWords('## A heading\n\n<Passage id="x">\n\nOne two [three](https://example.org/four).\n\n</Passage>')).toBe(5);
  });
  test.each([
    ["", 1],
    ["word ".repeat(100), 1],
    ["word ".repeat(460), 2],
    ["word ".repeat(1000), 4],
  ])("%#: %i minutes", (body, minutes) => {
    expect(readingMinutes(body)).toBe(minutes);
  });
});
