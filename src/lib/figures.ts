/** Presentation decisions about key figures that are worth a unit test. */
import type { FigureKind } from "./schemas";

export interface FigurePresentation {
  /** "number": set large, like a measurement; "words": a size down; "phrase": a statement, smaller still. */
  scale: "number" | "words" | "phrase";
  /** A short tag above the value saying what kind of figure it is, or undefined for a plain percentage. */
  tag: string | undefined;
}

const PRESENTATION: Record<FigureKind, FigurePresentation> = {
  percentage: { scale: "number", tag: undefined },
  amount: { scale: "words", tag: "Amount, no exact figure" },
  count: { scale: "words", tag: "Count, no exact figure" },
  rank: { scale: "phrase", tag: "Rank" },
};

/**
 * How a figure is set, by its kind: only a percentage is set as a big number; an amount or count the
 * article gives in words says that it is not exact; a rank reads as a position, never as a measurement.
 */
export function figurePresentation(kind: FigureKind): FigurePresentation {
  return PRESENTATION[kind];
}
