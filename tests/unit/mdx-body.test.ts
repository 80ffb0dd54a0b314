import { describe, expect, test } from "vitest";
import { countWords, passageIdsOf, readingMinutes } from "../../src/lib/mdx-body";

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
