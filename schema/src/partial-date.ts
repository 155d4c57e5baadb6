/**
 * Dates as the news writes them: a year (2018), a month (2018-05) or a day (2018-05-03), and whether
 * the date is the moment itself (EXACT) or only a bound on it (NOT_BEFORE / NOT_AFTER: 原部长 in a 2024
 * article says the post ended NOT_AFTER 2024).
 *
 * The value's length is its precision, and the strings sort the way the dates do: a coarser date sorts
 * before every finer one inside it (2018 < 2018-01 < 2018-01-01 < 2018-02 < 2019), so "earliest" and
 * "latest" are plain string comparisons, in JavaScript and in Cypher alike.
 */
export const DATE_PRECISIONS = ['YEAR', 'MONTH', 'DAY'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const DATE_BOUNDS = ['EXACT', 'NOT_BEFORE', 'NOT_AFTER'] as const;
export type DateBound = (typeof DATE_BOUNDS)[number];

export interface PartialDate {
  readonly value: string;
  readonly precision: DatePrecision;
  readonly bound: DateBound;
}

const VALUE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision of a well-formed value (`2018-05` → MONTH), or null when it is not one. */
export function precisionOf(value: string): DatePrecision | null {
  const m = VALUE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000) return null;
  if (m[2] === undefined) return 'YEAR';
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return 'MONTH';
  const day = Number(m[3]);
  return day >= 1 && day <= daysIn(year, month) ? 'DAY' : null;
}

export function isDateValue(value: string): boolean {
  return precisionOf(value) !== null;
}

/** `2018-05-03` (or `2018-05`, `2018`) with its bound; null when the value is not a real date. */
export function parsePartialDate(value: string, bound: DateBound = 'EXACT'): PartialDate | null {
  const precision = precisionOf(value);
  return precision ? { value, precision, bound } : null;
}

/** From stored strings (a relationship's `since` and `sinceBound`); anything malformed reads as unknown. */
export function storedPartialDate(value: unknown, bound: unknown): PartialDate | null {
  if (typeof value !== 'string') return null;
  const b = (DATE_BOUNDS as readonly unknown[]).includes(bound) ? (bound as DateBound) : 'EXACT';
  return parsePartialDate(value, b);
}

/** Year, month and day numbers → the value at the precision given (month and day optional). */
export function dateValue(year: number, month?: number | null, day?: number | null): string | null {
  const y = String(year).padStart(4, '0');
  const value =
    month == null
      ? y
      : day == null
        ? `${y}-${String(month).padStart(2, '0')}`
        : `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isDateValue(value) ? value : null;
}

/** The first day a value covers (`2018` → `2018-01-01`). */
export function firstDayOf(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** The last day a value covers (`2018-02` → `2018-02-28`). */
export function lastDayOf(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [y, m] = value.split('-').map(Number);
    return `${value}-${String(daysIn(y!, m!)).padStart(2, '0')}`;
  }
  return value;
}

/** Order of values: by the first day they cover, a coarser one first (2018 before 2018-01-01). */
export function compareDateValues(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order of possibly unknown values: unknown last. */
export function compareOptionalDates(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null) return b == null ? 0 : 1;
  if (b == null) return -1;
  return compareDateValues(a, b);
}

export function earlierDate(a: string | null | undefined, b: string | null | undefined): string | null {
  if (a == null) return b ?? null;
  if (b == null) return a;
  return a <= b ? a : b;
}

export function laterDate(a: string | null | undefined, b: string | null | undefined): string | null {
  if (a == null) return b ?? null;
  if (b == null) return a;
  return a >= b ? a : b;
}

/** A stored date: the value and its bound (precision is the value's length). */
export interface DatedValue {
  value: string | null;
  bound: DateBound | null;
}

/**
 * Which of two statements of a start to keep: the earliest (a post re-stated later started no later).
 * Ties keep the first, so the combination is order-free and idempotent.
 */
export function combineStart(a: DatedValue, b: DatedValue): DatedValue {
  if (a.value == null) return b.value == null ? a : b;
  if (b.value == null) return a;
  return b.value < a.value ? b : a;
}

/**
 * Which of two statements of an end to keep: an EXACT end (免去, 辞去) beats a bound (原 → NOT_AFTER the
 * article date); among equals the earliest, the tightest upper bound.
 */
export function combineEnd(a: DatedValue, b: DatedValue): DatedValue {
  if (a.value == null) return b.value == null ? a : b;
  if (b.value == null) return a;
  const ea = a.bound !== 'NOT_AFTER' && a.bound !== 'NOT_BEFORE';
  const eb = b.bound !== 'NOT_AFTER' && b.bound !== 'NOT_BEFORE';
  if (ea !== eb) return ea ? a : b;
  return b.value < a.value ? b : a;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A time window asked for (`at:` or `from:`/`to:`): the first and last day it covers. A window
 * `2018` is all of 2018.
 */
export interface DateWindow {
  readonly start: string;
  readonly end: string;
}

export function dateWindow(from: string, to: string = from): DateWindow {
  return { start: firstDayOf(from), end: lastDayOf(to) };
}

/** The dates of a fact the window check reads (relationship properties as stored). */
export interface FactDates {
  since?: string | null;
  sinceBound?: string | null;
  until?: string | null;
  untilBound?: string | null;
  firstSeen?: string | null;
  lastSeen?: string | null;
  /** False for a post known to have ended (原); events and organizers are points, not open intervals. */
  openEnded: boolean;
}

/**
 * Whether a fact was valid, or seen, at some time in the window. Uncertain bounds count in the fact's
 * favour (a post since 2018 is valid in 2018-05; an end NOT_AFTER 2024 may be any day up to 2024):
 *
 *  - start: `since` unless it is only an upper bound (NOT_AFTER), else `firstSeen`; none → no date at all;
 *  - end: `until` unless it is only a lower bound (NOT_BEFORE, open); no `until` → open for a current post
 *    or a sub-unit, `lastSeen` for everything else (an event attended, a former post with no dated end);
 *  - valid when start ≤ the window's last day and end (its last day) ≥ the window's first day.
 *
 * A fact with neither an interval nor an article date is never in a window: nothing says when it held.
 */
export function factInWindow(f: FactDates, w: DateWindow): boolean {
  const start = f.since && f.sinceBound !== 'NOT_AFTER' ? f.since : (f.firstSeen ?? f.since ?? null);
  if (start == null) return false;
  if (start > w.end) return false;
  if (f.until) return f.untilBound === 'NOT_BEFORE' || lastDayOf(f.until) >= w.start;
  if (f.openEnded) return true;
  const end = f.lastSeen ?? start;
  return lastDayOf(end) >= w.start;
}
