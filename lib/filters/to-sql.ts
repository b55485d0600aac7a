// Filters -> one SQL WHERE clause over the claim views' common joins:
//   claims c JOIN sides s JOIN outlets o JOIN claimants cl LEFT JOIN places p
// Values travel as parameters; nothing from the URL is spliced into the SQL text.
import { Prisma } from "@/lib/generated/prisma/client";
import { getProfile } from "@/lib/profiles";
import { placesWithin } from "@/lib/profiles/places-within";
import { REVIEW_BELOW } from "@/lib/extraction/confidence";
import type { Filters } from "./filter-schema";

export const CLAIM_JOINS = Prisma.sql`
  claims c
  JOIN sides s ON s.id = c.side_id
  JOIN outlets o ON o.id = c.outlet_id
  JOIN claimants cl ON cl.id = c.claimant_id
  LEFT JOIN places p ON p.id = c.place_id`;

/** The ids of the places named and of every profile place that lies in them (a province takes in its towns). */
export function placeIdsIn(names: string[]): Prisma.Sql {
  return Prisma.sql`(SELECT id FROM places WHERE name = ANY(${placesWithin(getProfile(), names)}::text[]))`;
}

export const NEWS_ONLY = Prisma.sql`c.outlet_id NOT IN (SELECT id FROM outlets WHERE kind = 'dataset')`;

/** `extra` adds a condition of the caller's (a keyset cursor, say). */
export function filtersToWhere(filters: Filters, extra?: Prisma.Sql): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`c.review_status <> 'rejected'`];
  if (extra) conditions.push(extra);
  // Names become ids in small subqueries, so every condition is on the claim's own
  // columns and its indexes apply (no join is needed to filter).
  if (filters.outlet.length) conditions.push(Prisma.sql`c.outlet_id IN (SELECT id FROM outlets WHERE name = ANY(${filters.outlet}::text[]))`);
  // Curated data sets (UCDP, ACLED) are sources a reader picks by name: unpicked, the
  // views are the news claims, which data sets are compared with, never added to.
  else conditions.push(NEWS_ONLY);
  if (filters.claimant.length) conditions.push(Prisma.sql`c.claimant_id IN (SELECT id FROM claimants WHERE name = ANY(${filters.claimant}::text[]))`);
  if (filters.side.length) conditions.push(Prisma.sql`c.side_id IN (SELECT id FROM sides WHERE key = ANY(${filters.side}::text[]))`);
  if (filters.outcome.length) conditions.push(Prisma.sql`c.outcome = ANY(${filters.outcome}::"Outcome"[])`);
  if (filters.place.length) conditions.push(Prisma.sql`c.place_id IN ${placeIdsIn(filters.place)}`);
  if (filters.scope.length) conditions.push(Prisma.sql`c.scope = ANY(${filters.scope}::"Scope"[])`);
  if (filters.review === "reviewed") conditions.push(Prisma.sql`c.review_status IN ('accepted', 'corrected')`);
  if (filters.review === "needs-review") conditions.push(Prisma.sql`c.review_status = 'pending' AND c.confidence < ${REVIEW_BELOW}`);
  // A claim is in the date range when its period overlaps it; undated claims are not.
  if (filters.from) conditions.push(Prisma.sql`c.period_end >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`c.period_start <= ${filters.to}::date`);
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}
