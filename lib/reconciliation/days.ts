// Calendar-day arithmetic on ISO day strings, in UTC so no time zone shifts a day.

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 for "YYYY-MM-DD"; throws on anything else so a bad date never bins silently. */
export function toDayNumber(day: string): number {
  const ms = ISO_DAY.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  // Date.parse rolls "2015-02-30" over to March 2: a day must survive the round trip.
  if (Number.isNaN(ms) || fromDayNumber(ms / DAY_MS) !== day) {
    throw new RangeError(`Not a YYYY-MM-DD day: "${day}"`);
  }
  return Math.round(ms / DAY_MS);
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week holding the day. */
export function startOfIsoWeek(day: string): string {
  const n = toDayNumber(day);
  // 1970-01-01 was a Thursday: (n + 3) mod 7 is 0 on Mondays.
  const sinceMonday = (((n + 3) % 7) + 7) % 7;
  return fromDayNumber(n - sinceMonday);
}

export function startOfMonth(day: string): string {
  toDayNumber(day);
  return `${day.slice(0, 7)}-01`;
}

/** The first day of the following month. */
export function nextMonth(monthStart: string): string {
  const year = Number(monthStart.slice(0, 4));
  const month = Number(monthStart.slice(5, 7));
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return `${String(next.year).padStart(4, "0")}-${String(next.month).padStart(2, "0")}-01`;
}

/** Inclusive day span of a possibly half-known period; null when neither end is known. */
export type DaySpan = { start: number; end: number };

export function toDaySpan(periodStart: string | null, periodEnd: string | null): DaySpan | null {
  const start = periodStart ?? periodEnd;
  const end = periodEnd ?? periodStart;
  if (start === null || end === null) return null;
  const a = toDayNumber(start);
  const b = toDayNumber(end);
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** 0 when the spans share a day; otherwise how far the later start lies after the earlier end (Mon..Tue = 1). */
export function daysApart(a: DaySpan, b: DaySpan): number {
  if (a.start <= b.end && b.start <= a.end) return 0;
  return a.end < b.start ? b.start - a.end : a.start - b.end;
}
