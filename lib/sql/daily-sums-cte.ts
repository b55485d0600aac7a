// The daily sums of incident estimates (target: days, each the day its events
// start), for views that chart or total them, when estimate-source.ts says the
// daily table can answer the filters (side, outcome, scope, `to`, convention; one
// outlet or one claimant through that source's own sums).
//   dd(day, side_id, side, outcome, low, best, high, high_open, events, claims)
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import { overlapsRange } from "./date-range";
import { singleSource, sourceRows } from "./source-estimates";

export function dailySumsCte(filters: Filters): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`d.convention = ${filters.convention}`];
  if (filters.side.length) where.push(Prisma.sql`s.key = ANY(${filters.side}::text[])`);
  if (filters.outcome.length) where.push(Prisma.sql`d.outcome = ANY(${filters.outcome}::"Outcome"[])`);
  if (filters.scope.length && !filters.scope.includes("incident")) where.push(Prisma.sql`false`); // daily sums hold incidents only
  // Only `to` reaches here: an event starting on or before `to` overlaps a range that has no `from`.
  where.push(...overlapsRange({ to: filters.to }, Prisma.sql`d.day`, Prisma.sql`d.day`));
  // One outlet or one claimant (estimate-source.ts): that source's own daily sums.
  const source = singleSource(filters);
  if (source) where.unshift(sourceRows(source, Prisma.sql`d`));
  return Prisma.sql`dd AS (
    SELECT d.day, d.side_id, s.key AS side, d.outcome, d.low, d.best, d.high, d.high_open, d.events, d.claims
    FROM ${source ? Prisma.sql`source_daily_estimates` : Prisma.sql`daily_estimates`} d JOIN sides s ON s.id = d.side_id
    WHERE ${Prisma.join(where, " AND ")}
  )`;
}
