import "server-only";
import { readSql } from "@/lib/db/read-sql";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { getClaimsOfEvents } from "./claims-of-events";
import { estimatesCte } from "@/lib/sql/estimates-cte";
import { countedEstimateRows } from "@/lib/sql/estimate-row-count";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Cursor } from "@/lib/schemas/cursor";
import { keySelect, keysetClauses, keysetPage, positionOf } from "@/lib/sql/keyset";
import { UNCERTAINTY_ORDER } from "./view-orders";

export type UncertaintyClaim = { claimId: number; reportId: number; outlet: string; claimant: string; numberText: string; qualifier: string; low: number; high: number | null; point: number };
export type UncertaintyRow = {
  eventId: number; periodStart: string | null; periodEnd: string | null; place: string | null; side: string; scope: string;
  low: number; best: number; high: number | null; highOpen: boolean; claimantCount: number; disputed: boolean;
  /** high / low: how far apart the claims are (low 0 counts as the high itself). */
  disagreement: number;
  claims: UncertaintyClaim[];
};
/** `total` is counted on a page asked for by number; a page reached by cursor carries the first page's count. */
export type UncertaintyPage = { rows: UncertaintyRow[]; total: number; page: number; nextCursor: string | null; prevCursor: string | null };
export type UncertaintyPaging = { page: number; pageSize: number; cursor?: Cursor };

type Raw = Record<`k${number}`, string | null> & { event_id: number; side: string; scope: string; low: number; best: number; high: number | null; high_open: boolean; claimant_count: number; disputed: boolean; disagreement: number; period_start: string | null; period_end: string | null; place: string | null };

/** Per event and side, every claim and the low-high band; the largest disagreement first. */
export async function getUncertainty(filters: Filters, outcome: Outcome, paging: UncertaintyPaging): Promise<UncertaintyPage> {
  const { page, pageSize } = paging;
  const position = positionOf(paging.cursor, UNCERTAINTY_ORDER);
  const { where, orderBy } = keysetClauses(UNCERTAINTY_ORDER, position);
  const [raw, count] = await Promise.all([
    readSql<Raw[]>(Prisma.sql`
      WITH ${estimatesCte(filters)}
      SELECT ee.event_id, ee.side, ee.scope::text AS scope, ee.low, ee.best, ee.high, ee.high_open, ee.claimant_count, ee.disputed, ee.disagreement,
             to_char(ee.period_start, 'YYYY-MM-DD') AS period_start, to_char(ee.period_end, 'YYYY-MM-DD') AS period_end, p.name AS place, ${keySelect(UNCERTAINTY_ORDER)}
      FROM ee LEFT JOIN places p ON p.id = ee.place_id
      WHERE ee.outcome = ${outcome}::"Outcome" AND ${where}
      ORDER BY ${orderBy}
      LIMIT ${pageSize + 1} ${position ? Prisma.empty : Prisma.sql`OFFSET ${(page - 1) * pageSize}`}`),
    position ? null : readSql<{ n: number }[]>(countedEstimateRows(filters, outcome) ?? Prisma.sql`WITH ${estimatesCte(filters)} SELECT count(*)::int AS n FROM ee WHERE ee.outcome = ${outcome}::"Outcome"`),
  ]);
  const paged = keysetPage(raw, UNCERTAINTY_ORDER, pageSize, { position, page: position?.page ?? page, total: position?.total ?? count?.[0]?.n ?? 0 });
  const rows = paged.rows;
  const claims = await getClaimsOfEvents(filters, [...new Set(rows.map((r) => r.event_id))]);
  return {
    total: paged.total, page: paged.page, nextCursor: paged.nextCursor, prevCursor: paged.prevCursor,
    rows: rows.map((r) => ({
      eventId: r.event_id, periodStart: r.period_start, periodEnd: r.period_end, place: r.place, side: r.side, scope: r.scope,
      low: r.low, best: r.best, high: r.high, highOpen: r.high_open, claimantCount: r.claimant_count, disputed: r.disputed, disagreement: r.disagreement,
      claims: claims
        .filter((c) => c.eventId === r.event_id && c.side === r.side && c.outcome === outcome)
        .sort((a, b) => a.low - b.low || a.claimId - b.claimId)
        .map(({ claimId, reportId, outlet, claimant, numberText, qualifier, low, high, point }) => ({ claimId, reportId, outlet, claimant, numberText, qualifier, low, high, point })),
    })),
  };
}
