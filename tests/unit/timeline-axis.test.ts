import { describe, expect, test } from "vitest";
import type { When } from "../../src/lib/dates";
import { axisPlaces, type AxisPlace } from "../../src/lib/timeline-axis";

const era = (after: string): When => ({ era: "An era", after });

describe("axisPlaces", () => {
  const cases: [string, When[], AxisPlace[]][] = [
    ["nothing", [], []],
    ["a first event starts the axis", [{ year: 2023 }], [{ step: "same", span: false }]],
    [
      "the story's timeline: adjacent decades near, an axis break of at least 60 years, two years near",
      [
        { decade: 1940 },
        { decade: 1950 },
        { decade: 1950 },
        era("x"),
        { year: 2023 },
        era("y"),
        { date: "2025-04-09" },
        era("z"),
      ],
      [
        { step: "same", span: true },
        { step: "near", span: true },
        { step: "same", span: true },
        { step: "same", span: true },
        { step: "break", span: false },
        { step: "same", span: true },
        { step: "near", span: false },
        { step: "same", span: true },
      ],
    ],
    [
      "the gap is the least the dates allow: 1950s to 1975 is 16 years, far but not broken",
      [{ decade: 1950 }, { year: 1975 }],
      [
        { step: "same", span: true },
        { step: "far", span: false },
      ],
    ],
    [
      "30 years still fit; 31 break the axis, counted in whole decades",
      [{ year: 1990 }, { year: 2020 }, { month: "2051-03" }],
      [
        { step: "same", span: false },
        { step: "far", span: false },
        { step: "break", span: false },
      ],
    ],
    [
      "the axis counts in years: a day of 2025 stands with 2025, the next year is near",
      [{ year: 2025 }, { date: "2025-04-09" }, { year: 2026 }],
      [
        { step: "same", span: false },
        { step: "same", span: false },
        { step: "near", span: false },
      ],
    ],
    [
      "an era first on the axis has nothing to measure from; the next dated event starts it",
      [era("x"), { year: 2000 }, { year: 2001 }],
      [
        { step: "same", span: true },
        { step: "same", span: false },
        { step: "near", span: false },
      ],
    ],
  ];
  test.each(cases)("%s", (_name, whens, expected) => {
    expect(axisPlaces(whens)).toEqual(expected);
  });
});
