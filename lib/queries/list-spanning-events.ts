// The events a time chart places in their first bin although their period runs on
// into later ones (UCDP's year-long, country-wide rows; "since the start of the
// month" news totals), largest first: what explains a spike in a single bin.
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Bin, Filters, Outcome } from "@/lib/filters/filter-schema";
import { allSidesCte } from "@/lib/sql/all-sides-cte";
import { datasetRowsWhere } from "@/lib/sql/dataset-rows";
import { spansBins } from "@/lib/sql/time-bins";
import { estimatesCte } from "@/lib/sql/estimates-cte";

export type SpanningEvent = {
  source: string; eventId: number; periodStart: string; periodEnd: string; place: string | null;
  low: number; best: number; high: number; reportId: number | null; label: string | null;
};
export type SpanningEvents = { total: number; events: SpanningEvent[] };

const LIMIT = 100;

export async function listSpanningEvents(filters: Filters, bin: Bin, outcome: Outcome): Promise<SpanningEvents> {
  // Multi-day events only, and of those the ones crossing a bin edge.
  const newsSpans = (start: Prisma.Sql, end: Prisma.Sql) => Prisma.sql`${end} > ${start} AND ${spansBins(bin, start, end)}`;
  const dataSpans = spansBins(bin, Prisma.sql`de.date_start`, Prisma.sql`de.date_end`);
  const datasets = outcome === "killed" && filters.dataset.length > 0;
  const rows = await readSql<(Omit<SpanningEvent, "eventId" | "periodStart" | "periodEnd" | "reportId"> & { event_id: number; period_start: string; period_end: string; report_id: number | null; total: number })[]>(Prisma.sql`
    WITH ${estimatesCte(filters)}, ${allSidesCte(filters, outcome, newsSpans)},
    spanning AS (
      SELECT 'News claims' AS source, ae.event_id, ae.period_start, ae.period_end, ae.place_id, ae.low, ae.best, ae.high, NULL::int AS report_id, e.label
      FROM ae JOIN events e ON e.id = ae.event_id
      ${datasets ? Prisma.sql`
      UNION ALL
      SELECT o.name, de.event_id, de.date_start, de.date_end, de.place_id, de.low, de.best, de.high, de.report_id, NULL
      FROM dataset_events de JOIN outlets o ON o.id = de.outlet_id
      WHERE ${datasetRowsWhere(filters, filters.dataset)} AND ${dataSpans}` : Prisma.empty}
    )
    SELECT s.source, s.event_id, to_char(s.period_start, 'YYYY-MM-DD') AS period_start, to_char(s.period_end, 'YYYY-MM-DD') AS period_end,
           p.name AS place, s.low, s.best, s.high, s.report_id, s.label, count(*) OVER ()::int AS total
    FROM spanning s LEFT JOIN places p ON p.id = s.place_id
    ORDER BY s.best DESC, s.event_id
    LIMIT ${LIMIT}`);
  return {
    total: rows[0]?.total ?? 0,
    events: rows.map((r) => ({
      source: r.source, eventId: r.event_id, periodStart: r.period_start, periodEnd: r.period_end, place: r.place,
      low: r.low, best: r.best, high: r.high, reportId: r.report_id, label: r.label,
    })),
  };
}
