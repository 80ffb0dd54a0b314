/** Presentation decisions about key figures that are worth a unit test. */

/**
 * Short values ("90%", "Hundreds") are set large; a phrase ("Top trading partner") is set a size down
 * so that it reads as a deliberate statement rather than an overflowing number.
 */
export function figureScale(value: string): "number" | "phrase" {
  return value.length <= 12 ? "number" : "phrase";
}
