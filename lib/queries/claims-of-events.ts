import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import { filteredClaimsCte } from "@/lib/sql/event-estimates";

export type EventClaim = {
  claimId: number; reportId: number; eventId: number; side: string; outcome: string; outlet: string; claimant: string;
  numberText: string; qualifier: string; low: number; high: number | null; point: number; quote: string;
};

/** The claims (matching the filters, vague words by its convention) of some events, latest statement first. */
export async function getClaimsOfEvents(filters: Filters, eventIds: number[]): Promise<EventClaim[]> {
  if (eventIds.length === 0) return [];
  return readSql<EventClaim[]>(Prisma.sql`
    WITH ${filteredClaimsCte(filters, Prisma.sql`c.event_id = ANY(${eventIds}::int[])`)}
    SELECT fc.id AS "claimId", fc.report_id AS "reportId", fc.event_id AS "eventId", fc.side, fc.outcome::text AS outcome,
           fc.outlet, fc.claimant, fc.number_text AS "numberText", fc.qualifier::text AS qualifier,
           fc.low, fc.high, fc.point, fc.quote
    FROM fc
    ORDER BY fc.published_on DESC NULLS LAST, fc.id DESC`);
}
