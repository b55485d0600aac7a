// How many estimate rows (`ee`, lib/sql/estimates-cte.ts) a view has, without counting
// them: estimate_row_counts holds the number of event_estimates rows per convention,
// outcome, scope and side, kept by statement triggers in every write's transaction (see
// its migration). It answers the filters that keep whole events by those columns alone;
// a place or a date range, one source's rows or claims picked by outlet, claimant or
// review are counted row by row, as before.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { estimateSource } from "./estimate-source";
import { singleSource } from "./source-estimates";

/** A query answering `n`, the number of `ee` rows (of one `outcome` when given), or null when the counts cannot say. */
export function countedEstimateRows(filters: Filters, outcome?: Outcome): Prisma.Sql | null {
  if (estimateSource(filters) === "claims" || singleSource(filters) || filters.place.length || filters.from || filters.to) return null;
  const where: Prisma.Sql[] = [Prisma.sql`n.convention = ${filters.convention}`];
  if (filters.outcome.length) where.push(Prisma.sql`n.outcome = ANY(${filters.outcome}::"Outcome"[])`);
  if (outcome) where.push(Prisma.sql`n.outcome = ${outcome}::"Outcome"`);
  if (filters.scope.length) where.push(Prisma.sql`n.scope = ANY(${filters.scope}::"Scope"[])`);
  if (filters.side.length) where.push(Prisma.sql`s.key = ANY(${filters.side}::text[])`);
  return Prisma.sql`SELECT COALESCE(sum(n.rows), 0)::int AS n FROM estimate_row_counts n JOIN sides s ON s.id = n.side_id WHERE ${Prisma.join(where, " AND ")}`;
}
