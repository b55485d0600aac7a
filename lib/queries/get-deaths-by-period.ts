import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { fillBins } from "@/lib/charts/fill-bins";
import type { SeriesPoint } from "@/lib/charts/series-point";
import type { Bin, Filters, Outcome } from "@/lib/filters/filter-schema";
import { dailySumsCte } from "@/lib/sql/daily-sums-cte";
import { hasDateRange } from "@/lib/sql/date-range";
import { estimateSource } from "@/lib/sql/estimate-source";
import { estimatesCte } from "@/lib/sql/estimates-cte";
import { binLabel, binOf } from "@/lib/sql/time-bins";
import { undatedClaimsCount } from "@/lib/sql/undated-claims";

export type { SeriesPoint };
export type DeathsByPeriod = { bin: Bin; outcome: Outcome; sides: string[]; points: SeriesPoint[]; undatedClaims: number };

/**
 * Reported counts per bin and side: low, best and high summed over distinct incident
 * events (nothing counted twice; totals over a period are compared, never added).
 * An event is in a date range when its period overlaps it, and falls in the bin
 * where its period starts (so an event begun before `from` sits in an earlier bin). Bins with no event are present
 * with nulls: missing is not zero.
 */
export async function getDeathsByPeriod(filters: Filters, bin: Bin, outcome: Outcome): Promise<DeathsByPeriod> {
  const series = estimateSource(filters) === "daily_estimates"
    ? Prisma.sql`
      WITH ${dailySumsCte(filters)}
      SELECT ${binLabel(binOf(bin, Prisma.sql`dd.day`))} AS bin, dd.side,
             sum(dd.low)::int AS low, sum(dd.best)::int AS best, sum(dd.high)::int AS high,
             bool_or(dd.high_open) AS high_open, sum(dd.events)::int AS events
      FROM dd WHERE dd.outcome = ${outcome}::"Outcome"
      GROUP BY ${binOf(bin, Prisma.sql`dd.day`)}, dd.side ORDER BY 1, 2`
    : Prisma.sql`
      WITH ${estimatesCte(filters)}
      SELECT ${binLabel(binOf(bin, Prisma.sql`ee.period_start`))} AS bin, ee.side,
             sum(ee.low)::int AS low, sum(ee.best)::int AS best, sum(ee.high)::int AS high,
             bool_or(ee.high_open) AS high_open, count(*)::int AS events
      FROM ee
      WHERE ee.outcome = ${outcome}::"Outcome" AND ee.scope = 'incident' AND ee.period_start IS NOT NULL
      GROUP BY ${binOf(bin, Prisma.sql`ee.period_start`)}, ee.side ORDER BY 1, 2`;
  // A date range says nothing about claims with no known date: they are not counted then.
  const [rows, undated] = await Promise.all([
    readSql<{ bin: string; side: string; low: number; best: number; high: number | null; high_open: boolean; events: number }[]>(series),
    hasDateRange(filters)
      ? Promise.resolve([{ n: 0 }])
      : readSql<{ n: number }[]>(undatedClaimsCount(filters, outcome)),
  ]);
  const sides = [...new Set(rows.map((r) => r.side))];
  const points = rows.map((r) => ({ bin: r.bin, side: r.side, low: r.low, best: r.best, high: r.high, highOpen: r.high_open, events: r.events }));
  return { bin, outcome, sides, points: fillBins(points, sides, bin), undatedClaims: undated[0]?.n ?? 0 };
}
