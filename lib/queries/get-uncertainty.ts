import "server-only";
import { getReadPrisma } from "@/lib/db/read-client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { getClaimsOfEvents } from "./claims-of-events";
import { estimatesCte } from "@/lib/sql/estimates-cte";

export type UncertaintyClaim = { claimId: number; reportId: number; outlet: string; claimant: string; numberText: string; qualifier: string; low: number; high: number | null; point: number };
export type UncertaintyRow = {
  eventId: number; periodStart: string | null; periodEnd: string | null; place: string | null; side: string; scope: string;
  low: number; best: number; high: number | null; highOpen: boolean; claimantCount: number; disputed: boolean;
  /** high / low: how far apart the claims are (low 0 counts as the high itself). */
  disagreement: number;
  claims: UncertaintyClaim[];
};
export type UncertaintyPage = { rows: UncertaintyRow[]; total: number };

type Raw = { event_id: number; side: string; scope: string; low: number; best: number; high: number | null; high_open: boolean; claimant_count: number; disputed: boolean; disagreement: number; period_start: string | null; period_end: string | null; place: string | null };

/** Per event and side, every claim and the low-high band; the largest disagreement first. */
export async function getUncertainty(filters: Filters, outcome: Outcome, page: number, pageSize: number): Promise<UncertaintyPage> {
  const prisma = getReadPrisma();
  const [rows, count] = await Promise.all([
    prisma.$queryRaw<Raw[]>`
      WITH ${estimatesCte(filters)}
      SELECT ee.event_id, ee.side, ee.scope::text AS scope, ee.low, ee.best, ee.high, ee.high_open, ee.claimant_count, ee.disputed, ee.disagreement,
             to_char(ee.period_start, 'YYYY-MM-DD') AS period_start, to_char(ee.period_end, 'YYYY-MM-DD') AS period_end, p.name AS place
      FROM ee LEFT JOIN places p ON p.id = ee.place_id
      WHERE ee.outcome = ${outcome}::"Outcome"
      ORDER BY ee.disagreement DESC NULLS LAST, ee.spread DESC NULLS LAST, ee.event_id, ee.side
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    prisma.$queryRaw<{ n: number }[]>`WITH ${estimatesCte(filters)} SELECT count(*)::int AS n FROM ee WHERE ee.outcome = ${outcome}::"Outcome"`,
  ]);
  const claims = await getClaimsOfEvents(filters, [...new Set(rows.map((r) => r.event_id))]);
  return {
    total: count[0]?.n ?? 0,
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
