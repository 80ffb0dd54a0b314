import { expect, test } from "vitest";
import { parseYamlList } from "../../src/lib/yaml-list-loader";

test("reads a list of items with ids", () => {
  expect(parseYamlList("- id: a\n  value: 1\n- id: b\n", "content/figures.yaml")).toEqual([{ id: "a", value: 1 }, { id: "b" }]);
});

test.each([
  ["- id: a\n  value: [unclosed\n", /^content\/figures\.yaml: is not valid YAML/],
  ["id: a\n", /^content\/figures\.yaml: must be a YAML list/],
  ["- just a string\n", /^content\/figures\.yaml \(item 1\): must be a mapping of fields/],
  ["- value: 1\n", /^content\/figures\.yaml \(item 1, field "id"\): is missing/],
  ["- id: a\n- id: b\n- id: a\n", /^content\/figures\.yaml \(item 3, field "id"\): "a" is already used by item 1/],
  ["- id: a\n  id: b\n", /^content\/figures\.yaml: is not valid YAML/],
  [
    "- id: a\n  when: { date: 2025-04-09 }\n",
    /^content\/figures\.yaml \(line 2, field "when\.date"\): put the date in quotes: "2025-04-09"$/,
  ],
  ["- id: a\n- id: b\n  when:\n    month: 2025-04\n", /\(line 4, field "when\.month"\): put the date in quotes: "2025-04"/],
])("refuses %j", (text, message) => {
  expect(() => parseYamlList(text, "content/figures.yaml")).toThrow(message);
});

test("keeps quoted dates and date-like text inside longer strings", () => {
  const text = '- id: a\n  when: { date: "2025-04-09" }\n  text: plain words 2025-04-09 here\n';
  expect(parseYamlList(text, "t.yaml")).toEqual([{ id: "a", when: { date: "2025-04-09" }, text: "plain words 2025-04-09 here" }]);
});
