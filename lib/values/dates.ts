// The one description of a date anywhere a person or a URL gives one: YYYY-MM-DD
// (or YYYY-MM where a month is enough), a real calendar day (2015-02-30 is refused,
// never rolled over into March), between 1900-01-01 and 2100-12-31 (year 0 and
// 9999-99-99 are mistakes, and PostgreSQL would refuse some of them with a 500).
import { z } from "zod";

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
const RANGE = `between ${FIRST_YEAR}-01-01 and ${LAST_YEAR}-12-31`;

/** "YYYY-MM-DD" when y-m-d is a real day in the range, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function isRealDay(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  return calendarDate(y, m, d) === value;
}

/** A day as YYYY-MM-DD. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine(isRealDay, `is not a real date ${RANGE}`);

/** A day (YYYY-MM-DD) or a month (YYYY-MM). */
export const isoDayOrMonthSchema = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, "must be YYYY-MM-DD or YYYY-MM")
  .refine((v) => isRealDay(v.length === 7 ? `${v}-01` : v), `is not a real date ${RANGE}`);
