// Filters -> one SQL WHERE clause on claims (target: claims), over the claim views'
// common joins:
//   claims c JOIN sides s JOIN outlets o JOIN claimants cl LEFT JOIN places p
// A claim in an event is placed and dated by its event (its canonical place and
// period, as the estimates are), so a claim list and an aggregate view of the same
// filters keep the same events; a claim in no event by its own place and period.
// Values travel as parameters; nothing from the URL is spliced into the SQL text.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { REVIEW_BELOW } from "@/lib/extraction/confidence";
import type { Filters } from "@/lib/filters/filter-schema";
import { overlapsRange } from "./date-range";
import { outletCondition } from "./outlet-filter";
import { placeIdsIn } from "./place-filter";

export const CLAIM_JOINS = Prisma.sql`
  claims c
  JOIN sides s ON s.id = c.side_id
  JOIN outlets o ON o.id = c.outlet_id
  JOIN claimants cl ON cl.id = c.claimant_id
  LEFT JOIN places p ON p.id = c.place_id`;

/** A condition on the claim's event (aliased `ev`) when it has one, else on the claim itself (`c`). */
function byEventOrClaim(onEvent: Prisma.Sql[], onClaim: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`(c.event_id IN (SELECT ev.id FROM events ev WHERE ${Prisma.join(onEvent, " AND ")})
    OR (c.event_id IS NULL AND ${Prisma.join(onClaim, " AND ")}))`;
}

/** The claims any view counts: every one an editor has not rejected. */
export const NOT_REJECTED = Prisma.sql`c.review_status <> 'rejected'`;

/** `extra` adds a condition of the caller's (a keyset cursor, say). */
export function filtersToWhere(filters: Filters, extra?: Prisma.Sql): Prisma.Sql {
  const conditions: Prisma.Sql[] = [NOT_REJECTED];
  if (extra) conditions.push(extra);
  // Names become ids in small subqueries, so every condition is on the claim's own
  // columns (or its event's) and their indexes apply.
  conditions.push(outletCondition(filters, Prisma.sql`c.outlet_id`));
  if (filters.claimant.length) conditions.push(Prisma.sql`c.claimant_id IN (SELECT id FROM claimants WHERE name = ANY(${filters.claimant}::text[]))`);
  if (filters.side.length) conditions.push(Prisma.sql`c.side_id IN (SELECT id FROM sides WHERE key = ANY(${filters.side}::text[]))`);
  if (filters.outcome.length) conditions.push(Prisma.sql`c.outcome = ANY(${filters.outcome}::"Outcome"[])`);
  if (filters.scope.length) conditions.push(Prisma.sql`c.scope = ANY(${filters.scope}::"Scope"[])`);
  if (filters.review === "reviewed") conditions.push(Prisma.sql`c.review_status IN ('accepted', 'corrected')`);
  if (filters.review === "needs-review") conditions.push(Prisma.sql`c.review_status = 'pending' AND c.confidence < ${REVIEW_BELOW}`);
  if (filters.place.length) {
    const places = placeIdsIn(filters.place);
    conditions.push(byEventOrClaim([Prisma.sql`ev.place_id IN ${places}`], [Prisma.sql`c.place_id IN ${places}`]));
  }
  const eventRange = overlapsRange(filters, Prisma.sql`ev.period_start`, Prisma.sql`ev.period_end`);
  if (eventRange.length) conditions.push(byEventOrClaim(eventRange, overlapsRange(filters, Prisma.sql`c.period_start`, Prisma.sql`c.period_end`)));
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}
