// The news claims' counts per time bin with all sides together (the per-event rule
// of all-sides-cte), to set beside a data set's, which count all sides too.
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import type { TotalPoint } from "@/lib/charts/overlay-series-types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Bin, Filters, Outcome } from "@/lib/filters/filter-schema";
import { allSidesCte } from "@/lib/sql/all-sides-cte";
import type { Placement } from "@/lib/schemas/view-queries";
import { binsInRange, eventBins } from "@/lib/sql/time-bins";
import { estimatesCte } from "@/lib/sql/estimates-cte";

export type { TotalPoint };

export async function getNewsTotalsByPeriod(filters: Filters, bin: Bin, outcome: Outcome, placement: Placement = "start"): Promise<TotalPoint[]> {
  const rows = await readSql<(Omit<TotalPoint, "highOpen"> & { high_open: boolean })[]>(Prisma.sql`
    WITH ${estimatesCte(filters)}, ${allSidesCte(filters, outcome)}
    SELECT to_char(b.bin, 'YYYY-MM-DD') AS bin,
           round(sum(ae.low * b.share))::int AS low, round(sum(ae.best * b.share))::int AS best, round(sum(ae.high * b.share))::int AS high,
           bool_or(ae.high_open) AS high_open, count(*)::int AS events
    FROM ae ${eventBins(bin, placement, Prisma.sql`ae.period_start`, Prisma.sql`COALESCE(ae.period_end, ae.period_start)`)}
    WHERE ${binsInRange(filters, bin, placement)}
    GROUP BY 1 ORDER BY 1`);
  return rows.map(({ high_open, ...r }) => ({ ...r, highOpen: high_open }));
}
