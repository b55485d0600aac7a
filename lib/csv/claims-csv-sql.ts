import "server-only";
import { neutralised } from "./copy-csv-response";
import { inlineSql } from "@/lib/db/inline-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import { filteredClaimsCte } from "@/lib/sql/event-estimates";

/**
 * The claims export as one SELECT (columns as in CLAIM_COLUMNS, in id order), with
 * values inlined for COPY. Vague words follow the chosen convention, as on screen.
 * `location` is the place's canonical name (the profile's where it knows the place, else the
 * words as written); `locationAsWritten`, beside the quote, is what the report says.
 * Dates are PostgreSQL's own output of a date (YYYY-MM-DD: the COPY pool pins DateStyle
 * to ISO), which costs less than to_char on a million rows and gives the same text.
 */
export function claimsCsvSql(filters: Filters): string {
  const text = (c: string) => neutralised(c);
  return inlineSql(Prisma.sql`
    WITH ${filteredClaimsCte(filters)}
    SELECT fc.id, fc.report_id AS "reportId", ${Prisma.raw(text("r.title"))} AS "reportTitle", ${Prisma.raw(text("fc.outlet"))} AS outlet,
           ${Prisma.raw(text("fc.claimant"))} AS claimant, fc.side, fc.outcome, fc.qualifier, ${Prisma.raw(text("fc.number_text"))} AS "numberText",
           fc.low, fc.high, fc.point, ${Prisma.raw(text("COALESCE(fc.place, fc.place_text)"))} AS location,
           fc.period_start AS "periodStart", fc.period_end AS "periodEnd",
           fc.scope, fc.event_id AS "eventId", fc.span_start AS "spanStart", fc.span_end AS "spanEnd",
           ${Prisma.raw(text("fc.place_text"))} AS "locationAsWritten", ${Prisma.raw(text("fc.quote"))} AS quote
    FROM fc JOIN reports r ON r.id = fc.report_id
    ORDER BY fc.id`);
}
