import { describe, expect, test } from "vitest";
import { checkData } from "../../src/lib/checked-data";
import { ContentProblems } from "../../src/lib/content-error";
import { eventSchema, figureSchema } from "../../src/lib/schemas";

const event = { id: "drop", when: { year: 2023 }, text: "Crossings fall.", section: "borders" };
const figure = { id: "share", kind: "percentage", value: "90%", label: "drop", section: "borders", passage: "darien-gap" };

/** Every message checkData throws for this data, one per problem. */
function messages(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentProblems) return error.problems.map((p) => p.message);
    if (error instanceof Error) return [error.message];
  }
  return [];
}

describe("checkData", () => {
  test("returns the parsed data when it fits", () => {
    expect(checkData(eventSchema, event, "content/timeline.yaml", 'event "drop"')).toEqual(event);
  });

  test.each<[string, unknown, string[]]>([
    [
      "an impossible day",
      { ...event, when: { date: "2025-02-30" } },
      ['content/timeline.yaml (event "drop", field "when.date"): must be a real day written "YYYY-MM-DD"'],
    ],
    [
      "a decade not on a decade",
      { ...event, when: { decade: 1955 } },
      [expect.stringContaining('field "when.decade"): must be the first year of a decade')],
    ],
    [
      "a shape that is no kind of date",
      { ...event, when: { day: "2025-04-09" } },
      [expect.stringContaining('field "when"): must be exactly one of { date: "YYYY-MM-DD" }')],
    ],
    [
      "an unknown field and a missing one",
      { ...event, text: undefined, author: "x" },
      [
        expect.stringMatching(/^content\/timeline\.yaml \(event "drop", field "text"\): /),
        expect.stringMatching(
          /\(event "drop", field "author"\): is not a field of a timeline event; the fields are: id, when, text/,
        ),
      ],
    ],
  ])("names the field of %s", (_name, data, expected) => {
    expect(messages(() => checkData(eventSchema, data, "content/timeline.yaml", 'event "drop"'))).toEqual(expected);
  });

  test("a one-entry file names only the field", () => {
    expect(messages(() => checkData(figureSchema, { ...figure, value: "" }, "content/x.mdx", null))).toEqual([
      'content/x.mdx (field "value"): must not be empty',
    ]);
  });

  test("its errors carry no stack trace into the build's code", () => {
    try {
      checkData(figureSchema, { ...figure, value: "" }, "content/x.mdx", null);
    } catch (error) {
      expect((error as Error).stack).toBe("");
      return;
    }
    expect.unreachable("checkData accepted an empty value");
  });
});
