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
])("refuses %j", (text, message) => {
  expect(() => parseYamlList(text, "content/figures.yaml")).toThrow(message);
});
