/** Presentation decisions about key figures that are worth a unit test. */

/** A figure's value as it is set: a qualifier ("More than", "Más del") small above the number. */
export interface FigureParts {
  qualifier?: string;
  number: string;
}

/**
 * Splits a value at its first digit: the words before it qualify the number, which is set large in
 * the one style every figure shares. A value with no digit is all number, set in the same style, so
 * that no figure looks unlike the others.
 */
export function figureParts(value: string): FigureParts {
  const trimmed = value.trim();
  const first = trimmed.search(/\d/);
  if (first <= 0) return { number: trimmed };
  const qualifier = trimmed.slice(0, first).trim();
  return qualifier ? { qualifier, number: trimmed.slice(first) } : { number: trimmed };
}
