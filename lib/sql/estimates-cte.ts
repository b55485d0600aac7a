// One shape of estimate rows (target: events x sides) for every aggregate view,
// whichever way it is made (lib/sql/estimate-source.ts chooses):
//   ee(event_id, side_id, side, outcome, scope, low, best, high, high_open, claimant_count,
//      claim_count, disputed, spread, disagreement, period_start, period_end, place_id)
// - Filters that keep whole events read the pre-aggregated event_estimates, kept
//   current on write: sums over indexes, not over a million claims.
// - Filters that pick some claims of an event (outlet, claimant, review) change the
//   estimate itself: one outlet or one claimant reads that source's own pre-aggregated
//   rows (source_event_estimates); other picks compute it from those claims on the fly. Both ways select
//   events by the same rules (the event's place and period: lib/sql/event-filters.ts
//   and lib/sql/claim-filters.ts).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import { estimateSource } from "./estimate-source";
import { DISPUTED, eventEstimatesCtes } from "./event-estimates";
import { eventConditions } from "./event-filters";
import { singleSource, sourceRows } from "./source-estimates";

function precomputed(filters: Filters): Prisma.Sql {
  const where: Prisma.Sql[] = [eventConditions(filters, Prisma.sql`x`)];
  if (filters.side.length) where.push(Prisma.sql`s.key = ANY(${filters.side}::text[])`);
  // One outlet or one claimant: that source's own estimates, in the same shape.
  const source = singleSource(filters);
  if (source) where.unshift(sourceRows(source, Prisma.sql`x`));
  return Prisma.sql`ee AS (
    SELECT x.event_id, x.side_id, s.key AS side, x.outcome, x.scope, x.low, x.best, x.high, x.high_open,
           x.claimant_count, x.claim_count, x.disputed, x.spread, x.disagreement, x.period_start, x.period_end, x.place_id
    FROM ${source ? Prisma.sql`source_event_estimates` : Prisma.sql`event_estimates`} x JOIN sides s ON s.id = x.side_id
    WHERE ${Prisma.join(where, " AND ")}
  )`;
}

function onTheFly(filters: Filters): Prisma.Sql {
  return Prisma.sql`${eventEstimatesCtes(filters)},
  ee AS (
    SELECT est.event_id, est.side_id, est.side, est.outcome, est.scope::"Scope" AS scope, est.low, est.best, est.high, est.high_open,
           est.claimant_count, est.claim_count, ${DISPUTED} AS disputed, (est.high - est.low)::int AS spread,
           (CASE WHEN est.low = 0 THEN est.high ELSE est.high::float8 / est.low END)::float8 AS disagreement,
           e.period_start, e.period_end, e.place_id
    FROM est JOIN events e ON e.id = est.event_id
  )`;
}

/** The CTE list (without WITH) ending in `ee`. */
export function estimatesCte(filters: Filters): Prisma.Sql {
  return estimateSource(filters) === "claims" ? onTheFly(filters) : precomputed(filters);
}
