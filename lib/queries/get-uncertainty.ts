import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { DISPUTED, eventEstimatesCtes } from "./event-estimates-sql";

export type UncertaintyClaim = { claimId: number; reportId: number; outlet: string; claimant: string; numberText: string; qualifier: string; low: number; high: number | null; point: number };
export type UncertaintyRow = {
  eventId: number; periodStart: string | null; periodEnd: string | null; place: string | null; side: string; scope: string;
  low: number; best: number; high: number | null; highOpen: boolean; claimantCount: number; disputed: boolean;
  /** high / low: how far apart the claims are (low 0 counts as the high itself). */
  disagreement: number;
  claims: UncertaintyClaim[];
};
export type UncertaintyPage = { rows: UncertaintyRow[]; total: number };

/** Per event and side, every claim and the low-high band; the largest disagreement first. */
export async function getUncertainty(filters: Filters, outcome: Outcome, page: number, pageSize: number): Promise<UncertaintyPage> {
  const rows = await getPrisma().$queryRaw<{ event_id: number; period_start: string | null; period_end: string | null; place: string | null; side: string; scope: string; low: number; best: number; high: number | null; high_open: boolean; claimant_count: number; disputed: boolean; disagreement: number; total: number; claims: UncertaintyClaim[] }[]>`
    WITH ${eventEstimatesCtes(filters)},
    rows AS (
      SELECT est.event_id, est.side_id, est.side, est.scope, est.low, est.best, est.high, est.high_open, est.claimant_count, ${DISPUTED} AS disputed,
             to_char(e.period_start, 'YYYY-MM-DD') AS period_start, to_char(e.period_end, 'YYYY-MM-DD') AS period_end, p.name AS place,
             (CASE WHEN est.low = 0 THEN est.high ELSE est.high::float8 / est.low END)::float8 AS disagreement
      FROM est JOIN events e ON e.id = est.event_id LEFT JOIN places p ON p.id = e.place_id
      WHERE est.outcome = ${outcome}::"Outcome"
    ),
    page AS (
      SELECT rows.*, count(*) OVER ()::int AS total FROM rows
      ORDER BY disagreement DESC NULLS LAST, (high - low) DESC NULLS LAST, event_id, side
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT page.*,
      (SELECT json_agg(json_build_object('claimId', fc.id, 'reportId', fc.report_id, 'outlet', fc.outlet, 'claimant', fc.claimant,
                'numberText', fc.number_text, 'qualifier', fc.qualifier, 'low', fc.low, 'high', fc.high, 'point', fc.point) ORDER BY fc.low, fc.id)
       FROM fc WHERE fc.event_id = page.event_id AND fc.side_id = page.side_id AND fc.outcome = ${outcome}::"Outcome") AS claims
    FROM page
    ORDER BY disagreement DESC NULLS LAST, (high - low) DESC NULLS LAST, event_id, side`;
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((r) => ({
      eventId: r.event_id, periodStart: r.period_start, periodEnd: r.period_end, place: r.place, side: r.side, scope: r.scope,
      low: r.low, best: r.best, high: r.high, highOpen: r.high_open, claimantCount: r.claimant_count, disputed: r.disputed,
      disagreement: r.disagreement, claims: r.claims ?? [],
    })),
  };
}
