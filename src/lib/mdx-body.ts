/**
 * What the build knows of an MDX body, read once: the record of src/lib/content-gate.ts (the same walk
 * as the gate's, over the tree of the parser the build compiles with). The translation join, the
 * explainer and the glossary all read a body through `bodyRecord`, so each body is parsed once per build
 * here, whichever of them asks first (the loader's gate and the compiler have their own parse, before).
 */
import { readMdx, type BodyRecord } from "./content-gate";

export type { BodyRecord } from "./content-gate";

const records = new Map<string, BodyRecord>();

/** The record of a body as the loader stores it (without its frontmatter). */
export function bodyRecord(body: string): BodyRecord {
  let record = records.get(body);
  if (!record) {
    record = readMdx(body, { frontmatter: false });
    records.set(body, record);
  }
  return record;
}

/** Minutes to read a number of words at 230 words a minute, never less than one. */
export function minutesFor(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
