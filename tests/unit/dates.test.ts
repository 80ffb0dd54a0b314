import { describe, expect, test } from "vitest";
import {
  ChronologyError,
  datetimeOf,
  formatWhen,
  isCalendarDate,
  isCalendarMonth,
  precisionOf,
  sortChronologically,
  type When,
} from "../../src/lib/dates";

describe("isCalendarDate", () => {
  test.each([
    ["2025-04-09", true],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2025-02-30", false],
    ["2025-04-31", false],
    ["2025-13-01", false],
    ["2025-00-10", false],
    ["2025-04-00", false],
    ["2025-4-9", false],
    ["9 April 2025", false],
    ["", false],
  ])("%s -> %s", (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe("isCalendarMonth", () => {
  test.each([
    ["2025-04", true],
    ["2025-12", true],
    ["2025-13", false],
    ["2025-00", false],
    ["2025-4", false],
  ])("%s -> %s", (value, expected) => {
    expect(isCalendarMonth(value)).toBe(expected);
  });
});

describe("formatting a date of each precision", () => {
  test.each<[When, string, string | undefined, string]>([
    [{ date: "2025-04-09" }, "9 April 2025", "2025-04-09", "day"],
    [{ month: "2025-04" }, "April 2025", "2025-04", "month"],
    [{ year: 2023 }, "2023", "2023", "year"],
    [{ decade: 1950 }, "1950s", undefined, "decade"],
    [{ decade: 1940 }, "1940s", undefined, "decade"],
    [{ era: "The Cold War", after: "x" }, "The Cold War", undefined, "era"],
  ])("%j reads %s, datetime %s", (when, label, datetime, precision) => {
    expect(formatWhen(when)).toBe(label);
    expect(datetimeOf(when)).toBe(datetime);
    expect(precisionOf(when)).toBe(precision);
  });

  test("every datetime value is a valid HTML date, month or year string", () => {
    const values = [{ date: "2025-04-09" }, { month: "2025-04" }, { year: 2023 }].map((w) => datetimeOf(w as When));
    for (const v of values) expect(v).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });
});

describe("sortChronologically", () => {
  const ev = (id: string, when: When) => ({ id, when });

  test("mixes precisions in order, the coarser period first on a tie", () => {
    const events = [
      ev("conference", { date: "2025-04-09" }),
      ev("month", { month: "2025-04" }),
      ev("year", { year: 2025 }),
      ev("trade", { decade: 1940 }),
      ev("drop", { year: 2023 }),
      ev("deportations", { decade: 1950 }),
    ];
    expect(sortChronologically(events).map((e) => e.id)).toEqual([
      "trade",
      "deportations",
      "drop",
      "year",
      "month",
      "conference",
    ]);
  });

  test("places eras right after the event they follow, chains included", () => {
    const events = [
      ev("next-steps", { era: "After the conference", after: "conference" }),
      ev("conference", { date: "2025-04-09" }),
      ev("cold-war", { era: "The Cold War", after: "ties" }),
      ev("ties", { decade: 1950 }),
      ev("drop", { year: 2023 }),
      ev("later", { era: "Later still", after: "next-steps" }),
    ];
    expect(sortChronologically(events).map((e) => e.id)).toEqual([
      "ties",
      "cold-war",
      "drop",
      "conference",
      "next-steps",
      "later",
    ]);
  });

  test("is stable by id for events of the same period", () => {
    const events = [ev("b", { decade: 1950 }), ev("a", { decade: 1950 })];
    expect(sortChronologically(events).map((e) => e.id)).toEqual(["a", "b"]);
  });

  test("refuses an era that follows a missing event", () => {
    expect(() => sortChronologically([ev("x", { era: "Later", after: "nowhere" })])).toThrow(ChronologyError);
  });

  test("refuses a cycle of eras", () => {
    const events = [ev("a", { era: "A", after: "b" }), ev("b", { era: "B", after: "a" }), ev("c", { year: 2023 })];
    expect(() => sortChronologically(events)).toThrow(/cycle/);
  });

  test("handles the empty and the single case", () => {
    expect(sortChronologically([])).toEqual([]);
    expect(sortChronologically([ev("only", { year: 2023 })]).map((e) => e.id)).toEqual(["only"]);
  });
});

describe("dates in both editions", () => {
  test.each([
    [{ date: "2025-04-09" }, "9 April 2025", "9 de abril de 2025"],
    [{ month: "2023-04" }, "April 2023", "abril de 2023"],
    [{ year: 2023 }, "2023", "2023"],
    [{ decade: 1950 }, "1950s", "Década de 1950"],
  ] as const)("%j reads %s and %s", (when, en, es) => {
    expect(formatWhen(when, "en")).toBe(en);
    expect(formatWhen(when, "es")).toBe(es);
  });

  test("never shift a day, whatever the build machine's time zone", () => {
    const zone = process.env["TZ"];
    try {
      for (const tz of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Panama", "UTC"]) {
        process.env["TZ"] = tz;
        expect(formatWhen({ date: "2025-04-09" }, "es"), tz).toBe("9 de abril de 2025");
        expect(formatWhen({ date: "2025-01-01" }, "en"), tz).toBe("1 January 2025");
        expect(formatWhen({ month: "2025-12" }, "es"), tz).toBe("diciembre de 2025");
      }
    } finally {
      if (zone === undefined) delete process.env["TZ"];
      else process.env["TZ"] = zone;
    }
  });
});
