// Turns time words into dates against the publication date: "Thursday" is the last
// Thursday on or before it, "late May" is May 21-31, "since May 30" runs from May 30
// to publication. Relative words need a day-precise publication date; explicit
// dates need a year (from the words, the publication, or a year the report states).
import { addDays, type DayRange, makeDay, monthRange, ramadanBefore, toDate, weekdayOnOrBefore } from "./dates";
import type { TimeBase, TimeExpr } from "./time-expressions";
import type { PeriodPrecision } from "./types";

export type Period = DayRange & { precision: PeriodPrecision; cumulative: boolean };

export type DateContext = {
  /** Publication day when known to the day. */
  pubDay: string | null;
  /** Publication year and month when known at least to the month. */
  pubYear: number | null;
  pubMonth: number | null;
  /** A year stated in the report, for explicit dates in reports of unknown date. */
  textYear: number | null;
  /** Start used for "since the Palmyra takeover": the earliest date the report resolves. */
  openStart: string | null;
};

function yearFor(month: number, day: number, explicit: number | null, ctx: DateContext): number | null {
  if (explicit) return explicit;
  if (ctx.pubYear && ctx.pubMonth) {
    // A month after the publication month is last year's ("On December 3" in a January report).
    const later = month > ctx.pubMonth || (month === ctx.pubMonth && ctx.pubDay !== null && day > toDate(ctx.pubDay).getUTCDate());
    return later ? ctx.pubYear - 1 : ctx.pubYear;
  }
  return ctx.textYear;
}

function precisionOf(r: DayRange): PeriodPrecision {
  const days = (toDate(r.end).getTime() - toDate(r.start).getTime()) / 86_400_000;
  return days === 0 ? "day" : days <= 7 ? "week" : days <= 31 ? "month" : "year";
}

function resolveBase(base: TimeBase, ctx: DateContext): DayRange | null {
  const pub = ctx.pubDay;
  switch (base.type) {
    case "weekday": {
      if (!pub) return null;
      const day = weekdayOnOrBefore(pub, base.weekday, base.last);
      return { start: day, end: day };
    }
    case "weekdays": {
      if (!pub) return null;
      const end = weekdayOnOrBefore(pub, base.to);
      return { start: weekdayOnOrBefore(end, base.from), end };
    }
    case "this-period":
      return pub ? { start: base.unit === "year" ? `${pub.slice(0, 4)}-01-01` : `${pub.slice(0, 7)}-01`, end: pub } : null;
    case "relative-day":
      return pub ? { start: addDays(pub, -base.daysBack), end: addDays(pub, -base.daysBack) } : null;
    case "month-day": {
      const year = yearFor(base.month, base.day, base.year, ctx);
      const day = year ? makeDay(year, base.month, base.day) : null;
      return day ? { start: day, end: day } : null;
    }
    case "part-month": {
      const year = yearFor(base.month, base.from, base.year, ctx);
      return year ? monthRange(year, base.month, base.from, base.to ?? undefined) : null;
    }
    case "month": {
      const year = yearFor(base.month, 1, base.year, ctx);
      return year ? monthRange(year, base.month) : null;
    }
    case "year":
      return { start: `${base.year}-01-01`, end: `${base.year}-12-31` };
    case "week": {
      if (!pub) return null;
      if (base.which === "past") return { start: addDays(pub, -7), end: pub };
      const monday = addDays(pub, -((toDate(pub).getUTCDay() + 6) % 7));
      return base.which === "this" ? { start: monday, end: pub } : { start: addDays(monday, -7), end: addDays(monday, -1) };
    }
    case "past":
      return pub ? { start: addDays(pub, -Math.ceil(base.days)), end: pub } : null;
    case "ago": {
      if (!pub) return null;
      const day = addDays(pub, -Math.round(base.days));
      return { start: day, end: day };
    }
    case "ramadan":
      return pub ? ramadanBefore(pub) : null;
    case "weekend": {
      if (!pub) return null;
      const sunday = weekdayOnOrBefore(pub, 0);
      return { start: addDays(sunday, -1), end: sunday };
    }
    case "open":
      return null;
  }
}

/** The period the words mean, or null when it cannot be known. */
export function resolveTimeExpr(expr: TimeExpr, ctx: DateContext): Period | null {
  const range = resolveBase(expr.base, ctx);
  const end = ctx.pubDay;
  if (expr.since || expr.base.type === "open") {
    const start = range?.start ?? (end ? ctx.openStart : null);
    if (!start || !end || start > end) return range ? { ...range, precision: precisionOf(range), cumulative: true } : null;
    const r = { start, end };
    return { ...r, precision: precisionOf(r), cumulative: true };
  }
  if (!range) return null;
  if (expr.until && ctx.openStart && ctx.openStart < range.end) {
    const r = { start: ctx.openStart, end: range.end };
    return { ...r, precision: precisionOf(r), cumulative: true };
  }
  // A figure for a whole month or year ("during January", "in 2015") is a total over it.
  const cumulative =
    expr.base.type === "past" || expr.base.type === "ramadan" || expr.base.type === "this-period" || expr.base.type === "month" || expr.base.type === "year" || (expr.base.type === "week" && expr.base.which === "past");
  return { ...range, precision: precisionOf(range), cumulative };
}
