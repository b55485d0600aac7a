// The news side of the month x place comparison:
//   news(month, place, side, low, best, high, high_open, events)
// the incident estimates summed per month of the event's start, place group (`pg`:
// place id -> the name its rows are shown under) and side, plus an "all sides" row
// per month and place when no side is picked. Two ways to the same rows:
// - from month_place_estimates, the sums kept current on write (a few tens of
//   thousands of rows, not every event): when lib/sql/estimate-source says it answers;
// - from `ee` and `ae` (lib/sql/estimates-cte.ts, all-sides-cte.ts) otherwise.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { allSidesCte } from "./all-sides-cte";
import { estimatesCte } from "./estimates-cte";
import { readsMonthPlaceSums } from "./estimate-source";
import { placeIdsIn } from "./place-filter";

/** The side key of the rows that add all sides together. */
export const ALL_SIDES = "all";

function fromMonthSums(filters: Filters, outcome: Outcome, allSides: boolean): Prisma.Sql {
  const where = Prisma.sql`m.convention = ${filters.convention} AND m.outcome = ${outcome}::"Outcome" AND m.events > 0
    ${filters.place.length ? Prisma.sql`AND m.place_id IN ${placeIdsIn(filters.place)}` : Prisma.empty}`;
  return Prisma.sql`news AS (
      SELECT m.month, COALESCE(pg.grp, '') AS place, s.key AS side,
             sum(m.low)::int AS low, sum(m.best)::int AS best, sum(m.high)::int AS high, bool_or(m.open_events > 0) AS high_open, sum(m.events)::int AS events
      FROM month_place_estimates m JOIN sides s ON s.id = m.side_id LEFT JOIN pg ON pg.id = m.place_id
      WHERE ${where} AND m.side_id <> 0 ${allSides ? Prisma.empty : Prisma.sql`AND s.key = ANY(${filters.side}::text[])`}
      GROUP BY 1, 2, 3
      ${allSides ? Prisma.sql`
      UNION ALL
      SELECT m.month, COALESCE(pg.grp, ''), ${ALL_SIDES},
             sum(m.low)::int, sum(m.best)::int, sum(m.high)::int, bool_or(m.open_events > 0), sum(m.events)::int
      FROM month_place_estimates m LEFT JOIN pg ON pg.id = m.place_id
      WHERE ${where} AND m.side_id = 0 GROUP BY 1, 2` : Prisma.empty}
    )`;
}

function fromEvents(filters: Filters, outcome: Outcome, allSides: boolean): Prisma.Sql {
  return Prisma.sql`${estimatesCte(filters)}, ${allSidesCte(filters, outcome)},
    news AS (
      SELECT date_trunc('month', ee.period_start)::date AS month, COALESCE(pg.grp, '') AS place, ee.side,
             sum(ee.low)::int AS low, sum(ee.best)::int AS best, sum(ee.high)::int AS high, bool_or(ee.high_open) AS high_open, count(*)::int AS events
      FROM ee LEFT JOIN pg ON pg.id = ee.place_id WHERE ee.outcome = ${outcome}::"Outcome" AND ee.scope = 'incident' AND ee.period_start IS NOT NULL
      GROUP BY 1, 2, 3
      ${allSides ? Prisma.sql`
      UNION ALL
      SELECT date_trunc('month', ae.period_start)::date, COALESCE(pg.grp, ''), ${ALL_SIDES},
             sum(ae.low)::int, sum(ae.best)::int, sum(ae.high)::int, bool_or(ae.high_open), count(*)::int
      FROM ae LEFT JOIN pg ON pg.id = ae.place_id GROUP BY 1, 2` : Prisma.empty}
    )`;
}

/** The CTEs (after `pg`, without WITH) ending in `news`. */
export function monthPlaceNewsCte(filters: Filters, outcome: Outcome): Prisma.Sql {
  const allSides = filters.side.length === 0;
  return readsMonthPlaceSums(filters) ? fromMonthSums(filters, outcome, allSides) : fromEvents(filters, outcome, allSides);
}
