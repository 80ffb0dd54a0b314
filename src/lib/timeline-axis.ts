/**
 * Where each event of the timeline sits on a wide screen's axis: how far from the one before it, and
 * whether it is a point (a year or a day) or a span (a decade, an era). Pure: no Astro, no collections.
 */
import type { When } from "./dates";

/**
 * The space before an event: "same" for the same period (or an era, which follows its event), "near" for
 * a gap of a few years, "far" for a gap of decades, "break" where the axis is cut (the gap would not fit).
 */
export type AxisStep = "same" | "near" | "far" | "break";

export interface AxisPlace {
  step: AxisStep;
  /** A decade or an era is a stretch of time, drawn as a bar on the axis, not a dot. */
  span: boolean;
}

/** Gaps shorter than this many years are "near"; up to BREAK_AFTER they are "far"; beyond, the axis breaks. */
const NEAR_WITHIN = 5;
const BREAK_AFTER = 30;

/** The years a dated `when` covers, first and last; undefined for an era, which has no years of its own. */
function yearsOf(when: When): [number, number] | undefined {
  if ("date" in when) return span(Number(when.date.slice(0, 4)));
  if ("month" in when) return span(Number(when.month.slice(0, 4)));
  if ("year" in when) return span(when.year);
  if ("decade" in when) return [when.decade, when.decade + 9];
  return undefined;
}
const span = (year: number): [number, number] => [year, year];

/**
 * The axis places of events given oldest first (eras right after the event they follow). The gap is the
 * least the dates allow: from the end of the earlier period to the start of the later one.
 */
export function axisPlaces(whens: readonly When[]): AxisPlace[] {
  let previous: [number, number] | undefined;
  return whens.map((when) => {
    const years = yearsOf(when);
    const isSpan = years === undefined || "decade" in when;
    if (years === undefined || previous === undefined) {
      previous ??= years;
      return { step: "same", span: isSpan };
    }
    const gap = years[0] - previous[1];
    const samePeriod = years[0] === previous[0] && years[1] === previous[1];
    previous = years;
    if (samePeriod) return { step: "same", span: isSpan };
    if (gap < NEAR_WITHIN) return { step: "near", span: isSpan };
    if (gap <= BREAK_AFTER) return { step: "far", span: isSpan };
    return { step: "break", span: isSpan };
  });
}
