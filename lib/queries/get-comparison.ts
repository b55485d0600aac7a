import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import type { ComparisonSort } from "@/lib/schemas/sorts";
import type { Cursor } from "@/lib/schemas/cursor";
import { keySelect, keysetClauses, keysetPage, positionOf } from "@/lib/sql/keyset";
import { comparisonOrder } from "./view-orders";
import { getClaimsOfEvents } from "./claims-of-events";
import { estimatesCte } from "@/lib/sql/estimates-cte";
import { countedEstimateRows } from "@/lib/sql/estimate-row-count";

export type SourceKind = "outlet" | "claimant";

export type ComparisonClaim = { claimId: number; reportId: number; outlet: string; claimant: string; numberText: string; qualifier: string; low: number; high: number | null; quote: string };
export type ComparisonRow = {
  eventId: number; periodStart: string | null; periodEnd: string | null; place: string | null; side: string; outcome: string; scope: string;
  low: number; best: number; high: number | null; highOpen: boolean; claimantCount: number; spread: number; disputed: boolean;
  /** Per source (outlet or claimant name): its latest claim for this event, side and outcome. */
  cells: Record<string, ComparisonClaim>;
};
/** `total` is counted on a page asked for by number; a page reached by cursor carries the first page's count. */
export type ComparisonPage = { rows: ComparisonRow[]; total: number; sources: string[]; page: number; nextCursor: string | null; prevCursor: string | null };
export type ComparisonQuery = { by: SourceKind; sort: ComparisonSort; dir: "asc" | "desc"; page: number; pageSize: number; cursor?: Cursor };

type Raw = Record<`k${number}`, string | null> & { event_id: number; side: string; outcome: string; scope: string; low: number; best: number; high: number | null; high_open: boolean; claimant_count: number; spread: number; disputed: boolean; period_start: string | null; period_end: string | null; place: string | null };

/** One row per event, side and outcome; one cell per source. Rows come sorted and paged from SQL. */
export async function getComparison(filters: Filters, q: ComparisonQuery): Promise<ComparisonPage> {
  const order = comparisonOrder(q.sort, q.dir);
  const position = positionOf(q.cursor, order); // a cursor of another order is a 400
  const { where, orderBy } = keysetClauses(order, position);
  const [raw, count] = await Promise.all([
    readSql<Raw[]>(Prisma.sql`
      WITH ${estimatesCte(filters)}
      SELECT ee.event_id, ee.side, ee.outcome::text AS outcome, ee.scope::text AS scope, ee.low, ee.best, ee.high, ee.high_open, ee.claimant_count, ee.spread, ee.disputed,
             to_char(ee.period_start, 'YYYY-MM-DD') AS period_start, to_char(ee.period_end, 'YYYY-MM-DD') AS period_end, p.name AS place, ${keySelect(order)}
      FROM ee LEFT JOIN places p ON p.id = ee.place_id
      WHERE ${where}
      ORDER BY ${orderBy}
      LIMIT ${q.pageSize + 1} ${position ? Prisma.empty : Prisma.sql`OFFSET ${(q.page - 1) * q.pageSize}`}`),
    // Counting every row costs as much as a deep OFFSET: a cursor's pages carry the count of the page it started from.
    position ? null : readSql<{ n: number }[]>(countedEstimateRows(filters) ?? Prisma.sql`WITH ${estimatesCte(filters)} SELECT count(*)::int AS n FROM ee`),
  ]);
  const paged = keysetPage(raw, order, q.pageSize, { position, page: position?.page ?? q.page, total: position?.total ?? count?.[0]?.n ?? 0 });
  const rows = paged.rows;
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
  return { rows: out, total: paged.total, page: paged.page, nextCursor: paged.nextCursor, prevCursor: paged.prevCursor, sources: [...sources].sort((a, b) => a.localeCompare(b)) };
}
