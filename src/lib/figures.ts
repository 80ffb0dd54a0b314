/** Presentation decisions about key figures that are worth a unit test. */
import type { FigureKind } from "./schemas";

/** "number": a measured quantity, set large; "words": a figure the article gives in words, set as words. */
export type FigureScale = "number" | "words";

/**
 * How a figure is set: only a percentage whose value holds a digit is a real quantity and gets the
 * big-number treatment. An amount, count or rank the article gives in words ("Billions", "Hundreds",
 * "Top trading partner") reads as words, and so does any value with no digit, whatever its kind: a word
 * set as a big numeral would pass for a measurement.
 */
export function figureScale({ kind, value }: { kind: FigureKind; value: string }): FigureScale {
  return kind === "percentage" && /\d/.test(value) ? "number" : "words";
}
