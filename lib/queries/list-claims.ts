import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import type { ClaimSort } from "@/lib/schemas/sorts";
import type { Cursor } from "@/lib/schemas/cursor";
import { keySelect, keysetClauses, keysetPage, positionOf } from "@/lib/sql/keyset";
import { claimsOrder } from "./view-orders";
import { filteredClaimsCte } from "@/lib/sql/event-estimates";


/** A claim with the fields named as in the extractor's JSON, plus where it lives. */
export type ClaimRow = {
  id: number; reportId: number; reportTitle: string; outlet: string; claimant: string;
  quote: string; numberText: string; side: string; outcome: string; qualifier: string;
  low: number; high: number | null; point: number; location: string | null;
  periodStart: string | null; periodEnd: string | null; scope: string;
  /** The report's date: among one claimant's claims about an event, the latest statement wins. */
  publishedOn: string | null; spanStart: number; spanEnd: number; eventId: number | null;
  confidence: number; confidenceReason: string | null; reviewStatus: string;
  /** A vague word's count an editor corrected: shown as the editor's figure, whatever the convention. */
  countCorrected: boolean;
  /** The place's canonical name (the profile's, where it knows the place); `location` keeps the words as written. */
  place: string | null;
};

export type ClaimQuery = { sort: ClaimSort; dir: "asc" | "desc"; page: number; pageSize: number; cursor?: Cursor };
/** `total` is counted on a page asked for by number; a page reached by cursor carries the first page's count. */
export type ClaimPage = { rows: ClaimRow[]; total: number; page: number; nextCursor: string | null; prevCursor: string | null };

type Raw = Record<`k${number}`, string | null> & { id: number; report_id: number; report_title: string; outlet: string; claimant: string; quote: string; number_text: string; side: string; outcome: string; qualifier: string; low: number; high: number | null; point: number; location: string | null; period_start: string | null; period_end: string | null; scope: string; published_on: string | null; span_start: number; span_end: number; event_id: number | null; confidence: number; confidence_reason: string | null; review_status: string; place: string | null; count_corrected: boolean };

const SELECT = Prisma.sql`
  SELECT fc.id, fc.report_id, r.title AS report_title, fc.outlet, fc.claimant, fc.quote, fc.number_text, fc.side, fc.outcome::text AS outcome,
         fc.qualifier::text AS qualifier, fc.low, fc.high, fc.point, fc.place_text AS location,
         to_char(fc.period_start, 'YYYY-MM-DD') AS period_start, to_char(fc.period_end, 'YYYY-MM-DD') AS period_end,
         fc.scope::text AS scope, to_char(fc.published_on, 'YYYY-MM-DD') AS published_on, fc.span_start, fc.span_end, fc.event_id, fc.confidence, fc.confidence_reason, fc.review_status::text AS review_status, fc.place, fc.count_corrected`;

function toRow(r: Raw): ClaimRow {
  return {
    id: r.id, reportId: r.report_id, reportTitle: r.report_title, outlet: r.outlet, claimant: r.claimant, quote: r.quote, numberText: r.number_text,
    side: r.side, outcome: r.outcome, qualifier: r.qualifier, low: r.low, high: r.high, point: r.point, location: r.location,
    periodStart: r.period_start, periodEnd: r.period_end, scope: r.scope, publishedOn: r.published_on, spanStart: r.span_start, spanEnd: r.span_end, eventId: r.event_id,
    confidence: r.confidence, confidenceReason: r.confidence_reason, reviewStatus: r.review_status, place: r.place, countCorrected: r.count_corrected,
  };
}

export async function listClaims(filters: Filters, q: ClaimQuery): Promise<ClaimPage> {
  const order = claimsOrder(q.sort, q.dir);
  const position = positionOf(q.cursor, order);
  const { where, orderBy } = keysetClauses(order, position);
  const [raw, count] = await Promise.all([
    readSql<Raw[]>(Prisma.sql`
      WITH ${filteredClaimsCte(filters)}
      ${SELECT}, ${keySelect(order)}
      FROM fc JOIN reports r ON r.id = fc.report_id
      WHERE ${where}
      ORDER BY ${orderBy}
      LIMIT ${q.pageSize + 1} ${position ? Prisma.empty : Prisma.sql`OFFSET ${(q.page - 1) * q.pageSize}`}`),
    position ? null : readSql<{ n: number }[]>(Prisma.sql`WITH ${filteredClaimsCte(filters)} SELECT count(*)::int AS n FROM fc`),
  ]);
  const paged = keysetPage(raw, order, q.pageSize, { position, page: position?.page ?? q.page, total: position?.total ?? count?.[0]?.n ?? 0 });
  return { ...paged, rows: paged.rows.map(toRow) };
}
