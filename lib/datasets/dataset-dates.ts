// Dates as data sets write them: UCDP's ISO day (with or without a time part),
// ACLED's "9-May-20" (older exports) or "09 May 2020" / ISO (newer ones).
import { calendarDate } from "@/lib/values/dates";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A real day between 1900 and 2100, as everywhere else (lib/values/dates). */
const isoIfReal = calendarDate;

/** YYYY-MM-DD, or null when the text is not a real date in a known form. */
export function parseDatasetDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]+Z?)?$/.exec(t);
  if (m) return isoIfReal(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    if (month === 0) return null;
    // Two-digit years: ACLED's data start in 1997, so 97-99 are the 1900s.
    const year = m[3].length === 4 ? +m[3] : +m[3] >= 90 ? 1900 + +m[3] : 2000 + +m[3];
    return isoIfReal(year, month, +m[1]);
  }
  return null;
}

/** The reduced GED layout's year, month and day columns as one date. */
export function dateFromParts(year: string, month: string, day: string): string | null {
  if (![year, month, day].every((p) => /^\d+$/.test(p.trim()))) return null;
  return isoIfReal(+year, +month, +day);
}
