// The daily sums of incident estimates, for views that chart or total them, when
// the filters keep whole days (side, outcome, scope, dates, convention). Other
// filters (outlet, claimant, place) go through the estimates CTE instead.
//   dd(day, side_id, side, outcome, low, best, high, high_open, events, claims)
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";

export function usesDailySums(filters: Filters): boolean {
  return filters.outlet.length === 0 && filters.claimant.length === 0 && filters.place.length === 0 && filters.review === "all";
}

export function dailySumsCte(filters: Filters): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`d.convention = ${filters.convention}`];
  if (filters.side.length) where.push(Prisma.sql`s.key = ANY(${filters.side}::text[])`);
  if (filters.outcome.length) where.push(Prisma.sql`d.outcome = ANY(${filters.outcome}::"Outcome"[])`);
  if (filters.scope.length && !filters.scope.includes("incident")) where.push(Prisma.sql`false`); // daily sums hold incidents only
  if (filters.from) where.push(Prisma.sql`d.day >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`d.day <= ${filters.to}::date`);
  return Prisma.sql`dd AS (
    SELECT d.day, d.side_id, s.key AS side, d.outcome, d.low, d.best, d.high, d.high_open, d.events, d.claims
    FROM daily_estimates d JOIN sides s ON s.id = d.side_id
    WHERE ${Prisma.join(where, " AND ")}
  )`;
}
