// How many claims with no known date the filters keep: the time series says how many it
// could not place in time. Read from undated_claim_counts (kept by triggers on claims,
// migration 20261231160000) when every filter is one of its columns; a place (the claim's
// or its event's) or the review queue (a confidence threshold) count the claims themselves.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { filtersToWhere } from "./claim-filters";

/** A statement giving `n`, the undated claims of `outcome` the filters keep (a date range keeps none: say so before asking). */
export function undatedClaimsCount(filters: Filters, outcome: Outcome): Prisma.Sql {
  // The kept table has the claim's columns under their own names (alias c), so the same filter SQL applies.
  if (filters.place.length === 0 && filters.review !== "needs-review") {
    return Prisma.sql`SELECT COALESCE(sum(c.claims), 0)::int AS n FROM undated_claim_counts c ${filtersToWhere(filters, Prisma.sql`c.outcome = ${outcome}::"Outcome"`)}`;
  }
  return Prisma.sql`SELECT count(*)::int AS n FROM claims c ${filtersToWhere(filters, Prisma.sql`c.period_start IS NULL AND c.outcome = ${outcome}::"Outcome"`)}`;
}
