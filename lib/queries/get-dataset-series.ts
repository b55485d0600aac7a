// A curated data set's counts per time bin, to set beside the news claims: the
// rows' published low/best/high summed (all sides), or, when the view picks sides
// and the data set splits its deaths by side, the per-side counts of those sides.
// Each row is placed in the bin where its period starts (rows whose period runs into
// a later bin are counted per bin: UCDP has year-long, country-wide rows), or, asked
// to, spread over the bins of its period in proportion to its days.
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { binRange } from "@/lib/charts/fill-bins";
import type { DatasetPoint, DatasetSeries } from "@/lib/charts/overlay-series-types";
import type { Bin, Filters, Outcome } from "@/lib/filters/filter-schema";
import type { Placement } from "@/lib/schemas/view-queries";
import { datasetRowsWhere } from "@/lib/sql/dataset-rows";
import { getDatasetSplits } from "./get-dataset-splits";
import { binsInRange, eventBins, spansBins } from "@/lib/sql/time-bins";

export type { DatasetPoint, DatasetSeries };

type Raw = {
  dataset: string; bin: string; events: number; low: number; best: number; high: number; spanning: number; spanning_best: number;
  deaths_a: number | null; deaths_b: number | null; deaths_civilians: number | null; deaths_unknown: number | null;
};

function totalsSql(filters: Filters, bin: Bin, names: string[], placement: Placement): Prisma.Sql {
  // Spread, an event is in every bin it touches: "spanning" means nothing there.
  const spans = placement === "start" ? spansBins(bin, Prisma.sql`de.date_start`, Prisma.sql`de.date_end`) : Prisma.sql`false`;
  const part = (col: string) => Prisma.raw(`round(sum(de.${col} * b.share))::int`);
  return Prisma.sql`
    SELECT o.name AS dataset, to_char(b.bin, 'YYYY-MM-DD') AS bin, count(*)::int AS events,
           ${part("low")} AS low, ${part("best")} AS best, ${part("high")} AS high,
           count(*) FILTER (WHERE ${spans})::int AS spanning, COALESCE(sum(de.best) FILTER (WHERE ${spans}), 0)::int AS spanning_best,
           ${part("deaths_a")} AS deaths_a, ${part("deaths_b")} AS deaths_b, ${part("deaths_civilians")} AS deaths_civilians, ${part("deaths_unknown")} AS deaths_unknown
    FROM dataset_events de JOIN outlets o ON o.id = de.outlet_id
    ${eventBins(bin, placement, Prisma.sql`de.date_start`, Prisma.sql`de.date_end`)}
    WHERE ${datasetRowsWhere(filters, names)} AND ${binsInRange(filters, bin, placement)}
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

function bySideSql(filters: Filters, bin: Bin, names: string[], placement: Placement): Prisma.Sql {
  const spans = placement === "start" ? spansBins(bin, Prisma.sql`x.date_start`, Prisma.sql`x.date_end`) : Prisma.sql`false`;
  return Prisma.sql`
    WITH x AS (
      SELECT de.outlet_id, de.event_id, de.date_start, de.date_end, sum(c.point)::int AS n
      FROM dataset_events de JOIN claims c ON c.event_id = de.event_id
      WHERE ${datasetRowsWhere(filters, names)} AND c.review_status <> 'rejected'
        AND c.side_id IN (SELECT id FROM sides WHERE key = ANY(${filters.side}::text[]))
      GROUP BY 1, 2, 3, 4
    )
    SELECT o.name AS dataset, to_char(b.bin, 'YYYY-MM-DD') AS bin, count(*)::int AS events,
           round(sum(x.n * b.share))::int AS low, round(sum(x.n * b.share))::int AS best, round(sum(x.n * b.share))::int AS high,
           count(*) FILTER (WHERE ${spans})::int AS spanning, COALESCE(sum(x.n) FILTER (WHERE ${spans}), 0)::int AS spanning_best,
           NULL::int AS deaths_a, NULL::int AS deaths_b, NULL::int AS deaths_civilians, NULL::int AS deaths_unknown
    FROM x JOIN outlets o ON o.id = x.outlet_id
    ${eventBins(bin, placement, Prisma.sql`x.date_start`, Prisma.sql`x.date_end`)}
    WHERE ${binsInRange(filters, bin, placement)}
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

function fill(points: DatasetPoint[], bin: Bin): DatasetPoint[] {
  if (points.length === 0) return [];
  const byBin = new Map(points.map((p) => [p.bin, p]));
  return binRange(points[0].bin, points[points.length - 1].bin, bin).map(
    (b) => byBin.get(b) ?? { bin: b, events: 0, low: null, best: null, high: null, spanning: 0, spanningBest: 0, deathsA: null, deathsB: null, deathsCivilians: null, deathsUnknown: null },
  );
}

/** One series per data set named in `filters.dataset` (unknown names give none). */
export async function getDatasetSeries(filters: Filters, bin: Bin, outcome: Outcome, placement: Placement = "start"): Promise<DatasetSeries[]> {
  const names = filters.dataset;
  if (names.length === 0) return [];
  const splits = await getDatasetSplits(names);
  const known = names.filter((n) => splits.has(n));
  if (outcome !== "killed") {
    return known.map((name) => ({ name, split: splits.get(name)!, bySide: false, note: `Data sets record deaths only, not ${outcome}.`, points: [] }));
  }
  const sideNames = filters.side.length > 0;
  const splitNames = known.filter((n) => splits.get(n) && sideNames);
  const totalNames = known.filter((n) => !splitNames.includes(n));
  const [bySide, totals] = await Promise.all([
    splitNames.length ? readSql<Raw[]>(bySideSql(filters, bin, splitNames, placement)) : Promise.resolve([]),
    totalNames.length ? readSql<Raw[]>(totalsSql(filters, bin, totalNames, placement)) : Promise.resolve([]),
  ]);
  const rows = [...bySide, ...totals];
  return known.map((name) => {
    const points = rows
      .filter((r) => r.dataset === name)
      .map((r) => ({
        bin: r.bin, events: r.events, low: r.low, best: r.best, high: r.high, spanning: r.spanning, spanningBest: r.spanning_best,
        deathsA: r.deaths_a, deathsB: r.deaths_b, deathsCivilians: r.deaths_civilians, deathsUnknown: r.deaths_unknown,
      }));
    const split = splits.get(name)!;
    const bySideSeries = splitNames.includes(name);
    const note = sideNames && !split ? `${name} does not split deaths by side: its counts are of all sides.` : bySideSeries ? `Counts of the chosen sides only; the published low and high cover all sides, so no range is shown.` : null;
    return { name, split, bySide: bySideSeries, note, points: fill(points, bin) };
  });
}
