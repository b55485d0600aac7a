import "server-only";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import type { ComparisonSort } from "@/lib/schemas/sorts";
import { DISPUTED, eventEstimatesCtes } from "./event-estimates-sql";

export type SourceKind = "outlet" | "claimant";

// Sort keys chosen in the URL map to SQL through this whitelist only.
const ORDER: Record<ComparisonSort, Prisma.Sql> = {
  date: Prisma.sql`period_start`,
  place: Prisma.sql`place`,
  side: Prisma.sql`side`,
  outcome: Prisma.sql`outcome`,
  low: Prisma.sql`low`,
  best: Prisma.sql`best`,
  high: Prisma.sql`high`,
  claimants: Prisma.sql`claimant_count`,
  spread: Prisma.sql`spread`,
};

export type ComparisonClaim = { claimId: number; reportId: number; outlet: string; claimant: string; numberText: string; qualifier: string; low: number; high: number | null; quote: string };
export type ComparisonRow = {
  eventId: number; periodStart: string | null; periodEnd: string | null; place: string | null; side: string; outcome: string; scope: string;
  low: number; best: number; high: number | null; highOpen: boolean; claimantCount: number; spread: number; disputed: boolean;
  /** Per source (outlet or claimant name): its latest claim for this event, side and outcome. */
  cells: Record<string, ComparisonClaim>;
};
export type ComparisonPage = { rows: ComparisonRow[]; total: number; sources: string[] };
export type ComparisonQuery = { by: SourceKind; sort: ComparisonSort; dir: "asc" | "desc"; page: number; pageSize: number };

export async function getComparison(filters: Filters, q: ComparisonQuery): Promise<ComparisonPage> {
  const prisma = getPrisma();
  const dir = q.dir === "asc" ? Prisma.sql`ASC NULLS LAST` : Prisma.sql`DESC NULLS LAST`;
  const rows = await prisma.$queryRaw<(Omit<ComparisonRow, "cells" | "periodStart" | "periodEnd" | "highOpen" | "claimantCount" | "eventId"> & { event_id: number; period_start: string | null; period_end: string | null; high_open: boolean; claimant_count: number; total: number; claims: ComparisonClaim[] })[]>`
    WITH ${eventEstimatesCtes(filters)},
    rows AS (
      SELECT est.event_id, est.side_id, est.side, est.outcome::text AS outcome, est.scope, est.low, est.best, est.high, est.high_open, est.claimant_count,
             to_char(e.period_start, 'YYYY-MM-DD') AS period_start, to_char(e.period_end, 'YYYY-MM-DD') AS period_end, p.name AS place,
             (est.high - est.low)::int AS spread, ${DISPUTED} AS disputed
      FROM est JOIN events e ON e.id = est.event_id LEFT JOIN places p ON p.id = e.place_id
    ),
    page AS (
      SELECT rows.*, count(*) OVER ()::int AS total FROM rows
      ORDER BY ${ORDER[q.sort]} ${dir}, event_id, side, outcome
      LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}
    )
    SELECT page.*,
      (SELECT json_agg(json_build_object('claimId', fc.id, 'reportId', fc.report_id, 'outlet', fc.outlet, 'claimant', fc.claimant,
                'numberText', fc.number_text, 'qualifier', fc.qualifier, 'low', fc.low, 'high', fc.high, 'quote', fc.quote)
              ORDER BY fc.published_on DESC NULLS LAST, fc.id DESC)
       FROM fc WHERE fc.event_id = page.event_id AND fc.side_id = page.side_id AND fc.outcome::text = page.outcome) AS claims
    FROM page
    ORDER BY ${ORDER[q.sort]} ${dir}, event_id, side, outcome`;
  const sources = new Set<string>();
  const out = rows.map((r) => {
    const cells: Record<string, ComparisonClaim> = {};
    for (const claim of r.claims ?? []) {
      const source = q.by === "outlet" ? claim.outlet : claim.claimant;
      cells[source] ??= claim; // claims arrive latest first
      sources.add(source);
    }
    return {
      eventId: r.event_id, periodStart: r.period_start, periodEnd: r.period_end, place: r.place, side: r.side, outcome: r.outcome, scope: r.scope,
      low: r.low, best: r.best, high: r.high, highOpen: r.high_open, claimantCount: r.claimant_count, spread: r.spread, disputed: r.disputed, cells,
    };
  });
  return { rows: out, total: rows[0]?.total ?? 0, sources: [...sources].sort((a, b) => a.localeCompare(b)) };
}
