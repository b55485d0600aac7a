// All sides of an event together, from the per-side estimates in `ee`: the sides'
// sums, or the event's "mixed" total ("50 people from both sides") when that is
// larger, never both added (the mixed figure already counts the sides).
//   ae(event_id, period_start, period_end, place_id, low, best, high, high_open)
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Outcome } from "@/lib/filters/filter-schema";

/** `only` narrows the events first (a condition on ee), so a few need not wait for all. */
export function allSidesCte(outcome: Outcome, only?: Prisma.Sql): Prisma.Sql {
  const total = (col: string) =>
    Prisma.raw(`GREATEST(COALESCE(sum(ee.${col}) FILTER (WHERE ee.side <> 'mixed'), 0), COALESCE(max(ee.${col}) FILTER (WHERE ee.side = 'mixed'), 0))::int`);
  return Prisma.sql`ae AS (
    SELECT ee.event_id, min(ee.period_start) AS period_start, min(ee.period_end) AS period_end, min(ee.place_id) AS place_id,
           ${total("low")} AS low, ${total("best")} AS best, ${total("high")} AS high, bool_or(ee.high_open) AS high_open
    FROM ee
    WHERE ee.outcome = ${outcome}::"Outcome" AND ee.scope = 'incident' AND ee.period_start IS NOT NULL ${only ? Prisma.sql`AND ${only}` : Prisma.empty}
    GROUP BY ee.event_id
  )`;
}
