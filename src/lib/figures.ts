/** Presentation decisions about key figures that are worth a unit test. */
import type { FigureKind } from "./schemas";

/** "number": a measured quantity, set large; "words": a figure the article gives in words, set as words. */
export type FigureScale = "number" | "words";

/**
 * How a figure is set, by its kind (data, the same in every edition): only a percentage is a real
 * quantity and gets the big-number treatment; an amount, count or rank the article gives in words
 * ("Billions", "Hundreds", "Top trading partner") reads as words.
 */
export function figureScale(kind: FigureKind): FigureScale {
  return kind === "percentage" ? "number" : "words";
}
