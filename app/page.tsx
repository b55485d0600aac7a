import { Suspense } from "react";
import { OverlayPanel } from "@/components/charts/overlay-panel";
import { OverviewChart } from "@/components/charts/overview-chart";
import { SpanningEvents } from "@/components/charts/spanning-events";
import { SideTotals } from "@/components/claims/side-totals";
import { FilterBar } from "@/components/filters/filter-bar";
import { ConventionNote } from "@/components/ui/convention-note";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { DownloadCsv } from "@/components/ui/download-csv";
import { toChartRows } from "@/lib/charts/series-rows";
import { parseLenient } from "@/lib/filters/parse-search-params";
import { viewQueryString } from "@/lib/filters/query-string";
import { loadPageData } from "@/lib/http/load-page-data";
import { getFilterOptions } from "@/lib/queries/get-filter-options";
import { getSideTotals } from "@/lib/queries/get-side-totals";
import { getTimeseries } from "@/lib/queries/get-timeseries";
import { chartOutcome, overviewQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: PageProps<"/">) {
  const q = parseLenient(overviewQuerySchema, await searchParams);
  const outcome = chartOutcome(q.outcome);
  const result = await loadPageData(() => Promise.all([getFilterOptions(), getSideTotals(q, outcome), getTimeseries(q, q.bin, outcome, q.placement)]));
  if (!result.ok) return <DatabaseUnavailable />;
  const [options, totals, series] = result.data;
  const sides = options.sides.filter((s) => series.sides.includes(s.value)).map((s) => ({ key: s.value, label: s.label, colour: s.colour ?? "#777" }));
  const defaults = overviewQuerySchema.parse({});
  const csvQuery = viewQueryString({ ...q, outcome: q.outcome }, defaults, ["chart"]);
  const hasDatasetFigures = series.datasets.some((d) => d.points.length > 0);

  return (
    <>
      <h1>Reported casualties</h1>
      <p className="lede">
        What monitors and media claimed about the dead, wounded and captured of each side, reconciled event by event: the
        range runs from the lowest to the highest claim, best is the median claimant.
      </p>
      <Suspense fallback={null}>
        <FilterBar options={options} />
      </Suspense>
      {totals.length === 0 && series.undatedClaims === 0 && !hasDatasetFigures ? (
        <div className="empty">
          <p><strong>No claims match these filters.</strong></p>
          <p>Clear a filter, or add reports with <code>npm run ingest -- FILE|DIR</code>.</p>
        </div>
      ) : (
        <>
          <SideTotals totals={totals} outcome={outcome} />
          <Suspense fallback={null}>
            <OverviewChart rows={toChartRows(series.points)} sides={sides} bin={q.bin} mode={q.chart} outcome={outcome} />
          </Suspense>
          {q.dataset.filter((name) => !series.datasets.some((d) => d.name === name)).map((name) => (
            <p key={name} className="notice" role="status">There is no data set called “{name}”; the Data sets page lists them.</p>
          ))}
          {series.datasets.length > 0 && (
            <Suspense fallback={null}>
              <OverlayPanel news={series.newsTotals} datasets={series.datasets} bin={q.bin} placement={q.placement} sidesPicked={q.side.length > 0} />
            </Suspense>
          )}
          <SpanningEvents bin={q.bin} query={csvQuery} />
          {series.undatedClaims > 0 && (
            <p className="muted">
              {series.undatedClaims} {outcome} claim{series.undatedClaims === 1 ? " has" : "s have"} no known period: listed on the Claims page, not charted.
            </p>
          )}
        </>
      )}
      <div className="actions">
        <DownloadCsv endpoint="/api/timeseries.csv" query={csvQuery} />
        <ConventionNote convention={q.convention} />
      </div>
    </>
  );
}
