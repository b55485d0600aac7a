// Calendar arithmetic on ISO day strings (UTC, no time zones involved).

export type DayRange = { start: string; end: string };

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
export function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}
export function makeDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return toIso(d);
}
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
export function monthRange(year: number, month: number, fromDay = 1, toDay?: number): DayRange {
  const last = lastDayOfMonth(year, month);
  return { start: makeDay(year, month, Math.min(fromDay, last))!, end: makeDay(year, month, Math.min(toDay ?? last, last))! };
}

/** The last given weekday on or before `iso`; `strictlyBefore` for "last Sunday" said on a Sunday. */
export function weekdayOnOrBefore(iso: string, weekday: number, strictlyBefore = false): string {
  const d = toDate(iso);
  let back = (d.getUTCDay() - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(iso, -back);
}

/** The Ramadan (Umm al-Qura calendar) that ends on or before, or contains, `iso`. */
export function ramadanBefore(iso: string): DayRange | null {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", { month: "numeric", timeZone: "UTC" });
  } catch {
    return null;
  }
  const month = (day: string) => Number(fmt.format(toDate(day)));
  let day = iso;
  for (let i = 0; i < 400 && month(day) !== 9; i++) day = addDays(day, -1);
  if (month(day) !== 9) return null;
  let start = day;
  while (month(addDays(start, -1)) === 9) start = addDays(start, -1);
  let end = day;
  while (month(addDays(end, 1)) === 9 && end < iso) end = addDays(end, 1);
  return { start, end };
}

export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}
