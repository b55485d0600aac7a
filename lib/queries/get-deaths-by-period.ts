import "server-only";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Bin, Filters, Outcome } from "@/lib/filters/filter-schema";
import { eventEstimatesCtes, filteredClaimsCte } from "./event-estimates-sql";
import { fillBins } from "@/lib/charts/fill-bins";

import type { SeriesPoint } from "@/lib/charts/series-point";

export type { SeriesPoint };
export type DeathsByPeriod = { bin: Bin; outcome: Outcome; sides: string[]; points: SeriesPoint[]; undatedClaims: number };

const TRUNC: Record<Bin, Prisma.Sql> = { day: Prisma.sql`'day'`, week: Prisma.sql`'week'`, month: Prisma.sql`'month'` };

/**
 * Reported counts per bin and side: low, best and high summed over distinct events
 * (nothing counted twice). An event falls in the bin where its period starts. Bins
 * with no event are present with nulls: missing is not zero.
 */
export async function getDeathsByPeriod(filters: Filters, bin: Bin, outcome: Outcome): Promise<DeathsByPeriod> {
  const prisma = getPrisma();
  const rows = await prisma.$queryRaw<{ bin: string; side: string; low: number; best: number; high: number | null; high_open: boolean; events: number }[]>`
    WITH ${eventEstimatesCtes(filters)}
    SELECT to_char(date_trunc(${TRUNC[bin]}, e.period_start), 'YYYY-MM-DD') AS bin, est.side,
           sum(est.low)::int AS low, sum(est.best)::int AS best, sum(est.high)::int AS high,
           bool_or(est.high_open) AS high_open, count(*)::int AS events
    FROM est JOIN events e ON e.id = est.event_id
    WHERE est.outcome = ${outcome}::"Outcome" AND est.scope = 'incident' AND e.period_start IS NOT NULL
    GROUP BY 1, 2 ORDER BY 1, 2`;
  const undated = await prisma.$queryRaw<{ n: number }[]>`
    WITH ${filteredClaimsCte(filters)}
    SELECT count(*)::int AS n FROM fc WHERE fc.outcome = ${outcome}::"Outcome" AND fc.period_start IS NULL`;
  const sides = [...new Set(rows.map((r) => r.side))];
  const points = rows.map((r) => ({ bin: r.bin, side: r.side, low: r.low, best: r.best, high: r.high, highOpen: r.high_open, events: r.events }));
  return { bin, outcome, sides, points: fillBins(points, sides, bin), undatedClaims: undated[0]?.n ?? 0 };
}
