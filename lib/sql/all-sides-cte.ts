// All sides of an event together: the sides' sums, or the event's "mixed" total
// ("50 people from both sides") when that is larger, never both added (the mixed
// figure already counts the sides). Kept per event in event_totals on write; made
// from `ee` on the fly when the filters pick sides or claims.
//   ae(event_id, period_start, period_end, place_id, low, best, high, high_open)
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { readsEventTotals } from "./estimate-source";
import { eventConditions } from "./event-filters";

/** The all-sides figure of `column` over one event's per-side rows, whose side key is `side`. */
export function allSidesTotal(column: string, side: string): Prisma.Sql {
  return Prisma.raw(`GREATEST(COALESCE(sum(${column}) FILTER (WHERE ${side} <> 'mixed'), 0), COALESCE(max(${column}) FILTER (WHERE ${side} = 'mixed'), 0))::int`);
}

/** Conditions on an event's period, given its columns (the spanning list narrows to multi-bin events first). */
export type PeriodCondition = (start: Prisma.Sql, end: Prisma.Sql) => Prisma.Sql;

export function allSidesCte(filters: Filters, outcome: Outcome, only?: PeriodCondition): Prisma.Sql {
  if (readsEventTotals(filters)) {
    const narrow = only ? Prisma.sql`AND ${only(Prisma.sql`t.period_start`, Prisma.sql`t.period_end`)}` : Prisma.empty;
    return Prisma.sql`ae AS (
      SELECT t.event_id, t.period_start, t.period_end, t.place_id, t.low, t.best, t.high, t.high_open
      FROM event_totals t
      WHERE ${eventConditions(filters, Prisma.sql`t`)} AND t.outcome = ${outcome}::"Outcome" AND t.scope = 'incident' AND t.period_start IS NOT NULL ${narrow}
    )`;
  }
  const narrow = only ? Prisma.sql`AND ${only(Prisma.sql`ee.period_start`, Prisma.sql`ee.period_end`)}` : Prisma.empty;
  return Prisma.sql`ae AS (
    SELECT ee.event_id, min(ee.period_start) AS period_start, min(ee.period_end) AS period_end, min(ee.place_id) AS place_id,
           ${allSidesTotal("ee.low", "ee.side")} AS low, ${allSidesTotal("ee.best", "ee.side")} AS best, ${allSidesTotal("ee.high", "ee.side")} AS high,
           bool_or(ee.high_open) AS high_open
    FROM ee
    WHERE ee.outcome = ${outcome}::"Outcome" AND ee.scope = 'incident' AND ee.period_start IS NOT NULL ${narrow}
    GROUP BY ee.event_id
  )`;
}
