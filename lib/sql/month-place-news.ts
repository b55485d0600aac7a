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
  const where: Prisma.Sql[] = [Prisma.sql`m.convention = ${filters.convention}`, Prisma.sql`m.outcome = ${outcome}::"Outcome"`, Prisma.sql`m.events > 0`];
  // Side "" holds all sides together (event_totals): shown when no side is picked.
  if (!allSides) where.push(Prisma.sql`m.side = ANY(${filters.side}::text[])`);
  const side = Prisma.sql`CASE WHEN m.side = '' THEN ${ALL_SIDES} ELSE m.side END`;
  if (filters.place.length === 0) {
    // Each row is already one month, place and side: read as stored, not grouped again.
    return Prisma.sql`news AS (
      SELECT m.month, COALESCE(pg.grp, '') AS place, ${side} AS side, m.low, m.best, m.high, m.open_events > 0 AS high_open, m.events
      FROM month_place_estimates m LEFT JOIN pg ON pg.id = m.place_id
      WHERE ${Prisma.join(where, " AND ")}
    )`;
  }
  // A place picked takes in the places within it: their rows are summed under its name.
  where.push(Prisma.sql`m.place_id IN ${placeIdsIn(filters.place)}`);
  return Prisma.sql`news AS (
      SELECT m.month, COALESCE(pg.grp, '') AS place, ${side} AS side,
             sum(m.low)::int AS low, sum(m.best)::int AS best, sum(m.high)::int AS high, bool_or(m.open_events > 0) AS high_open, sum(m.events)::int AS events
      FROM month_place_estimates m LEFT JOIN pg ON pg.id = m.place_id
      WHERE ${Prisma.join(where, " AND ")}
      GROUP BY 1, 2, 3
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
