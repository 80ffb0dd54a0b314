import { describe, expect, test } from "vitest";
import { groupByDate } from "../../src/lib/group-by-date";

const e = (id: string, published: string) => ({ id, published });

describe("groupByDate", () => {
  test.each([
    ["no entries, no groups", [], []],
    ["one entry, one group", [e("a", "2026-12-08")], [["2026-12-08", ["a"]]]],
    [
      "entries of one day under one date, in their order",
      [e("a", "2026-12-08"), e("b", "2026-12-08"), e("c", "2026-12-01")],
      [
        ["2026-12-08", ["a", "b"]],
        ["2026-12-01", ["c"]],
      ],
    ],
    [
      "a day that comes back joins its first group",
      [e("a", "2026-12-08"), e("b", "2026-12-01"), e("c", "2026-12-08")],
      [
        ["2026-12-08", ["a", "c"]],
        ["2026-12-01", ["b"]],
      ],
    ],
  ])("%s", (_name, entries, expected) => {
    expect(groupByDate(entries).map((g) => [g.date, g.entries.map((x) => x.id)])).toEqual(expected);
  });
});
