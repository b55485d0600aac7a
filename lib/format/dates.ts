// One formatter for dates on screen, in charts and in CSV.
import type { Bin } from "@/lib/claim-vocabulary";

export type Precision = "day" | "week" | "month" | "year" | "unknown";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "25 Jun 2015", "Jun 2015" for a month-only date, "date unknown" when there is none. */
export function formatPublished(isoDate: string | null, precision: Precision): string {
  if (!isoDate || precision === "unknown") return "date unknown";
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return "date unknown";
  if (precision === "month") return MONTH.format(date);
  if (precision === "year") return String(date.getUTCFullYear());
  return DAY.format(date);
}

/** A Date from a DATE column as YYYY-MM-DD (DATE columns arrive as UTC midnight). */
export function toIsoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** A time bin's label: "May 2015" for a month, "29 Jun 2015" for a week's Monday or a day. */
export function formatBin(isoDate: string, bin: Bin): string {
  return formatPublished(isoDate, bin === "month" ? "month" : "day");
}

/** A claim's or event's period: "25 Jun 2015", "25 Jun 2015 – 27 Jun 2015", or "period unknown". */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start) return "period unknown";
  const first = formatPublished(start, "day");
  return !end || end === start ? first : `${first} – ${formatPublished(end, "day")}`;
}
