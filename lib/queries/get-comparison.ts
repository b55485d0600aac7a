import "server-only";
import { getReadPrisma } from "@/lib/db/read-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import type { ComparisonSort } from "@/lib/schemas/sorts";
import { getClaimsOfEvents } from "./claims-of-events";
import { estimatesCte } from "@/lib/sql/estimates-cte";

export type SourceKind = "outlet" | "claimant";

// Sort keys chosen in the URL map to SQL through this whitelist only.
const ORDER: Record<ComparisonSort, Prisma.Sql> = {
  date: Prisma.sql`ee.period_start`,
  place: Prisma.sql`p.name`,
  side: Prisma.sql`ee.side`,
  outcome: Prisma.sql`ee.outcome`,
  low: Prisma.sql`ee.low`,
  best: Prisma.sql`ee.best`,
  high: Prisma.sql`ee.high`,
  claimants: Prisma.sql`ee.claimant_count`,
  spread: Prisma.sql`ee.spread`,
  ratio: Prisma.sql`ee.disagreement`,
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

type Raw = { event_id: number; side: string; outcome: string; scope: string; low: number; best: number; high: number | null; high_open: boolean; claimant_count: number; spread: number; disputed: boolean; period_start: string | null; period_end: string | null; place: string | null };

/** One row per event, side and outcome; one cell per source. Rows come sorted and paged from SQL. */
export async function getComparison(filters: Filters, q: ComparisonQuery): Promise<ComparisonPage> {
  const prisma = getReadPrisma();
  // Spread is never null, and its index runs (convention, spread DESC, event_id, side_id, outcome): the same order here lets the first page come from the index.
  const dir = q.sort === "spread" ? (q.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`) : q.dir === "asc" ? Prisma.sql`ASC NULLS LAST` : Prisma.sql`DESC NULLS LAST`;
  const [rows, count] = await Promise.all([
    prisma.$queryRaw<Raw[]>`
      WITH ${estimatesCte(filters)}
      SELECT ee.event_id, ee.side, ee.outcome::text AS outcome, ee.scope::text AS scope, ee.low, ee.best, ee.high, ee.high_open, ee.claimant_count, ee.spread, ee.disputed,
             to_char(ee.period_start, 'YYYY-MM-DD') AS period_start, to_char(ee.period_end, 'YYYY-MM-DD') AS period_end, p.name AS place
      FROM ee LEFT JOIN places p ON p.id = ee.place_id
      ORDER BY ${ORDER[q.sort]} ${dir}, ee.event_id, ee.side_id, ee.outcome
      LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    prisma.$queryRaw<{ n: number }[]>`WITH ${estimatesCte(filters)} SELECT count(*)::int AS n FROM ee`,
  ]);
  const claims = await getClaimsOfEvents(filters, [...new Set(rows.map((r) => r.event_id))]);
  const sources = new Set<string>();
  const out = rows.map((r) => {
    const cells: Record<string, ComparisonClaim> = {};
    for (const c of claims) {
      if (c.eventId !== r.event_id || c.side !== r.side || c.outcome !== r.outcome) continue;
      const source = q.by === "outlet" ? c.outlet : c.claimant;
      cells[source] ??= { claimId: c.claimId, reportId: c.reportId, outlet: c.outlet, claimant: c.claimant, numberText: c.numberText, qualifier: c.qualifier, low: c.low, high: c.high, quote: c.quote }; // latest first
      sources.add(source);
    }
    return {
      eventId: r.event_id, periodStart: r.period_start, periodEnd: r.period_end, place: r.place, side: r.side, outcome: r.outcome, scope: r.scope,
      low: r.low, best: r.best, high: r.high, highOpen: r.high_open, claimantCount: r.claimant_count, spread: r.spread, disputed: r.disputed, cells,
    };
  });
  return { rows: out, total: count[0]?.n ?? 0, sources: [...sources].sort((a, b) => a.localeCompare(b)) };
}
