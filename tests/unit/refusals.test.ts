/** Refusals that were once whole-build fixtures and had no table row elsewhere, through the public entry points. */
import { expect, test } from "vitest";
import { ContentProblems } from "../../src/lib/content-error";
import { gateMdx } from "../../src/lib/content-gate";
import { buildExplainer } from "../../src/lib/explainer";
import { input, recordOf } from "./explainer-input";

test("an expression in a raw <a>'s href is named as well as the element", () => {
  const rules = gateMdx('See <a href={"javascript:" + "x"}>this</a>.').map((p) => `${p.line}: ${p.rule}`);
  expect(rules).toEqual([
    expect.stringContaining("1: raw HTML <a> is not allowed"),
    expect.stringContaining("1: href={…} in <a> is an expression"),
  ]);
});

test("a passage inside another is refused, naming the file and both ids", () => {
  const data = input();
  data.sections[1]!.record = recordOf('<Passage id="darien-gap">\n\n<Passage id="inner">x</Passage>\n\n</Passage>');
  let messages: string[] = [];
  try {
    buildExplainer(data);
  } catch (error) {
    if (!(error instanceof ContentProblems)) throw error;
    messages = error.problems.map((p) => p.message);
  }
  expect(messages.join("\n")).toMatch(
    /^content\/sections\/borders\.mdx \(<Passage id="inner">\): it is inside <Passage id="darien-gap">; a passage cannot hold another/m,
  );
});
