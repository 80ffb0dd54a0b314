import { describe, expect, test } from "vitest";
import { figureNumbers, sameFigureNumbers } from "../../src/lib/figure-numbers";

describe("figureNumbers reads a value with its edition's number formatting", () => {
  test.each([
    ["90%", "en", ["90%"]],
    ["90 %", "es", ["90%"]],
    ["90\u00a0%", "es", ["90%"]],
    ["90\u202f%", "es", ["90%"]],
    ["More than 25%", "en", ["25%"]],
    ["Más del 25 %", "es", ["25%"]],
    ["1,500", "en", ["1500"]],
    ["1.500", "es", ["1500"]],
    ["1 500", "es", ["1500"]],
    ["2.5 million", "en", ["2.5"]],
    ["2,5 millones", "es", ["2.5"]],
    ["12.5%", "en", ["12.5%"]],
    ["12,5 %", "es", ["12.5%"]],
    ["From 10 to 20", "en", ["10", "20"]],
    ["Billions", "en", []],
    ["TEST", "en", []],
    ["999", "es", ["999"]],
  ] as const)("%s (%s) states %j", (value, locale, numbers) => {
    expect(figureNumbers(value, locale)).toEqual(numbers);
  });
});

describe("sameFigureNumbers compares two editions of one figure", () => {
  test.each([
    ["90%", "90 %", true],
    ["90%", "90\u00a0%", true],
    ["More than 25%", "Más del 25 %", true],
    ["Billions", "Miles de millones", true],
    ["Top trading partner", "Primer socio comercial", true],
    ["1,500", "1.500", true],
    ["2.5 million", "2,5 millones", true],
    ["From 10 to 20", "Entre 10 y 20", true],
    ["TEST", "999", false],
    ["90%", "99 %", false],
    ["90%", "90", false],
    ["Hundreds", "300", false],
    ["1,500", "1,5", false],
    ["From 10 to 20", "Entre 10 y 30", false],
  ])("%s and %s: %s", (english, spanish, same) => {
    expect(sameFigureNumbers(english, spanish, "es")).toBe(same);
  });
});
