// How many of the claims a view shows an editor has reviewed: accepted or
// corrected (the review flag, written in the same transaction as the audit entry
// of that action), and how many an editor added by hand.
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import { filtersToWhere } from "@/lib/sql/claim-filters";

export type ReviewedClaims = { shown: number; reviewed: number; addedByHand: number };

export async function countReviewedClaims(filters: Filters): Promise<ReviewedClaims> {
  const [row] = await readSql<ReviewedClaims[]>(Prisma.sql`
    SELECT count(*)::int AS shown,
           count(*) FILTER (WHERE c.review_status IN ('accepted', 'corrected'))::int AS reviewed,
           count(*) FILTER (WHERE c.extractor_name IS NULL)::int AS "addedByHand"
    FROM claims c ${filtersToWhere(filters)}`);
  return row;
}
