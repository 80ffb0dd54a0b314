import { describe, expect, test } from "vitest";
import { activeContentReason, countWords, linksOf, passageIdsOf, readingMinutes, unsafeLinkReason } from "../../src/lib/mdx-body";

describe("passageIdsOf", () => {
  test.each([
    ['<Passage id="darien-gap">\n\ntext\n\n</Passage>', ["darien-gap"]],
    ['<Passage id=\'a\'>x</Passage> <Passage class="x" id="b">y</Passage>', ["a", "b"]],
    ['<Passage id="a">x</Passage><Passage id="a">y</Passage>', ["a", "a"]],
    ["no passages here", []],
    ['<div id="not-a-passage">', []],
  ])("%s", (body, expected) => {
    expect(passageIdsOf(body)).toEqual(expected);
  });
});

describe("links", () => {
  test("finds markdown links and href attributes", () => {
    expect(linksOf('See [the canal](https://example.org/a) and <a href="/borders/">borders</a>.')).toEqual([
      "https://example.org/a",
      "/borders/",
    ]);
  });

  test.each([
    ["https://example.org", null],
    ["/borders/#darien-gap", null],
    ["#top", null],
    ["../china/", null],
    ["http://example.org", "uses http:, only https:// links are allowed"],
    ["javascript:alert(1)", "uses javascript:, only https:// links are allowed"],
    ["JavaScript:alert(1)", "uses javascript:, only https:// links are allowed"],
    ["data:text/html,x", "uses data:, only https:// links are allowed"],
    ["mailto:a@b.c", "uses mailto:, only https:// links are allowed"],
    ["//example.org", "protocol-relative links are not allowed; write https://"],
  ])("%s -> %s", (href, reason) => {
    expect(unsafeLinkReason(href)).toBe(reason);
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

describe("activeContentReason", () => {
  test.each([
    ['Plain text with <Passage id="a">x</Passage>', null],
    ["<script>alert(1)</script>", "contains a <script> tag; explainer text may not run code"],
    ["< script src=x>", "contains a <script> tag; explainer text may not run code"],
    ['<img src="x" onerror="alert(1)" />', "contains an inline event handler (onerror=); explainer text may not run code"],
    ['<a href="/" onClick={() => 1}>x</a>', "contains an inline event handler (onclick=); explainer text may not run code"],
    ["Words like one= or onerror in prose are fine", null],
  ])("%s", (body, reason) => {
    expect(activeContentReason(body)?.toLowerCase() ?? null).toBe(reason?.toLowerCase() ?? null);
  });
});
