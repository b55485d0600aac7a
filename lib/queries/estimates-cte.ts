// One shape of estimate rows for every aggregate view, whichever way it is made:
//   ee(event_id, side_id, side, outcome, scope, low, best, high, high_open, claimant_count,
//      claim_count, disputed, spread, disagreement, period_start, period_end, place_id)
// - Filters that keep whole events (side, outcome, place, scope, dates, convention) read
//   the pre-aggregated event_estimates, kept current on write: sums over indexes, not
//   over a million claims.
// - Filters that pick some claims of an event (outlet, claimant) change the estimate
//   itself, so it is computed from those claims on the fly.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import { placeIdsIn } from "@/lib/filters/to-sql";
import { DISPUTED, eventEstimatesCtes } from "./event-estimates-sql";

export function usesPrecomputedEstimates(filters: Filters): boolean {
  // Reviewed-only (or needs-review) views keep some claims of an event, like an outlet filter.
  return filters.outlet.length === 0 && filters.claimant.length === 0 && filters.review === "all";
}

/** The filters that keep whole events, on a pre-aggregated table aliased `x` (event_estimates, event_totals). */
export function eventConditions(filters: Filters, x: Prisma.Sql): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`${x}.convention = ${filters.convention}`];
  if (filters.outcome.length) where.push(Prisma.sql`${x}.outcome = ANY(${filters.outcome}::"Outcome"[])`);
  if (filters.scope.length) where.push(Prisma.sql`${x}.scope = ANY(${filters.scope}::"Scope"[])`);
  if (filters.place.length) where.push(Prisma.sql`${x}.place_id IN ${placeIdsIn(filters.place)}`);
  // An event is in a date range when its period starts in it, as it is binned by its start.
  if (filters.from) where.push(Prisma.sql`${x}.period_start >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`${x}.period_start <= ${filters.to}::date`);
  return Prisma.join(where, " AND ");
}

function precomputed(filters: Filters): Prisma.Sql {
  const where: Prisma.Sql[] = [eventConditions(filters, Prisma.sql`x`)];
  if (filters.side.length) where.push(Prisma.sql`s.key = ANY(${filters.side}::text[])`);
  return Prisma.sql`ee AS (
    SELECT x.event_id, x.side_id, s.key AS side, x.outcome, x.scope, x.low, x.best, x.high, x.high_open,
           x.claimant_count, x.claim_count, x.disputed, x.spread, x.disagreement, x.period_start, x.period_end, x.place_id
    FROM event_estimates x JOIN sides s ON s.id = x.side_id
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
  return usesPrecomputedEstimates(filters) ? precomputed(filters) : onTheFly(filters);
}
