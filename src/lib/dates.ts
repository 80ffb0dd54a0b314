/**
 * Dates with an honest precision, for the timeline and for frontmatter.
 * Pure functions only: no collections, no Astro imports.
 */
import { ui } from "../i18n";
import { DATE_LOCALE, type Locale } from "../i18n/locales";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** True when `value` is written YYYY-MM-DD and names a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** True when `value` is written YYYY-MM with a month from 01 to 12. */
export function isCalendarMonth(value: string): boolean {
  const match = ISO_MONTH.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  return month >= 1 && month <= 12;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** When an event happened, as precisely as the source says and no more. */
export type When = { date: string } | { month: string } | { year: number } | { decade: number } | { era: string; after: string };

export type Precision = "day" | "month" | "year" | "decade" | "era";

export function precisionOf(when: When): Precision {
  if ("date" in when) return "day";
  if ("month" in when) return "month";
  if ("year" in when) return "year";
  if ("decade" in when) return "decade";
  return "era";
}

/**
 * Human label: "9 April 2025", "April 2025", "2023", "1950s", or the era's own name; in Spanish
 * "9 de abril de 2025", "abril de 2025", "década de 1950". Days are formatted by Intl at noon UTC in
 * the UTC zone, so a build machine in any time zone prints the day the content names.
 */
export function formatWhen(when: When, locale: Locale = "en"): string {
  if ("date" in when) {
    const [year, month, day] = when.date.split("-").map(Number) as [number, number, number];
    return dateFormat(locale, { day: "numeric", month: "long", year: "numeric" }).format(Date.UTC(year, month - 1, day, 12));
  }
  if ("month" in when) {
    const [year, month] = when.month.split("-").map(Number) as [number, number];
    return dateFormat(locale, { month: "long", year: "numeric" }).format(Date.UTC(year, month - 1, 1, 12));
  }
  if ("year" in when) return String(when.year);
  if ("decade" in when) return ui(locale).decade(when.decade);
  return when.era;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${Object.keys(options).join()}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALE[locale], { ...options, timeZone: "UTC" });
    formats.set(key, format);
  }
  return format;
}

/**
 * A valid HTML `<time datetime>` value, or `undefined` for an era or a decade: HTML has no syntax for a
 * decade, and naming its first year ("1950") would claim a precision the source does not give.
 */
export function datetimeOf(when: When): string | undefined {
  if ("date" in when) return when.date;
  if ("month" in when) return when.month;
  if ("year" in when) return String(when.year).padStart(4, "0");
  return undefined;
}

const PRECISION_RANK: Record<Exclude<Precision, "era">, number> = { decade: 0, year: 1, month: 2, day: 3 };

/**
 * A sort key for a dated event: where its period starts, and on a tie the coarser period first
 * (the 2020s before 2023 before April 2023 before 9 April 2023).
 */
function sortKeyOf(when: Exclude<When, { era: string; after: string }>): [number, number] {
  if ("date" in when) {
    const [y, m, d] = when.date.split("-").map(Number) as [number, number, number];
    return [y * 10_000 + m * 100 + d, PRECISION_RANK.day];
  }
  if ("month" in when) {
    const [y, m] = when.month.split("-").map(Number) as [number, number];
    return [y * 10_000 + m * 100, PRECISION_RANK.month];
  }
  if ("year" in when) return [when.year * 10_000, PRECISION_RANK.year];
  return [when.decade * 10_000, PRECISION_RANK.decade];
}

export interface Datable {
  id: string;
  when: When;
}

export class ChronologyError extends Error {
  constructor(
    readonly eventId: string,
    message: string,
  ) {
    super(message);
    this.name = "ChronologyError";
  }
}

/**
 * Puts events of mixed precision in chronological order. Dated events sort by `sortKeyOf`, then by id
 * for a stable order; an era has no date of its own and is placed right after the event it names in
 * `after` (eras may follow eras). Throws a `ChronologyError` for an era whose anchor is missing or
 * that is part of a cycle.
 */
export function sortChronologically<T extends Datable>(events: readonly T[]): T[] {
  const dated = events.filter((e) => precisionOf(e.when) !== "era");
  const followers = new Map<string, T[]>();
  const ids = new Set(events.map((e) => e.id));
  for (const event of events) {
    if (!("era" in event.when)) continue;
    const anchor = event.when.after;
    if (!ids.has(anchor)) {
      throw new ChronologyError(event.id, `"after" names "${anchor}", which is not an event in the timeline`);
    }
    followers.set(anchor, [...(followers.get(anchor) ?? []), event]);
  }
  dated.sort((a, b) => {
    const [ka, ra] = sortKeyOf(a.when as Exclude<When, { era: string; after: string }>);
    const [kb, rb] = sortKeyOf(b.when as Exclude<When, { era: string; after: string }>);
    return ka - kb || ra - rb || a.id.localeCompare(b.id);
  });
  const ordered: T[] = [];
  const emit = (event: T) => {
    ordered.push(event);
    for (const next of followers.get(event.id) ?? []) emit(next);
  };
  dated.forEach(emit);
  if (ordered.length !== events.length) {
    const placed = new Set(ordered.map((e) => e.id));
    const stuck = events.find((e) => !placed.has(e.id));
    throw new ChronologyError(stuck?.id ?? "?", `"after" chain never reaches a dated event (a cycle of eras)`);
  }
  return ordered;
}
