import { Suspense } from "react";
import { OverlayPanel } from "@/components/charts/overlay-panel";
import { OverviewChart } from "@/components/charts/overview-chart";
import { SpanningEvents } from "@/components/charts/spanning-events";
import { SideTotals } from "@/components/claims/side-totals";
import { FilterBar } from "@/components/filters/filter-bar";
import { ConventionNote } from "@/components/ui/convention-note";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { DownloadCsv } from "@/components/ui/download-csv";
import { EmptyDatabase } from "@/components/start/empty-database";
import { IgnoredValuesNotice } from "@/components/filters/ignored-values-notice";
import { overlayBins } from "@/lib/charts/overlay-rows";
import { toChartRows } from "@/lib/charts/series-rows";
import { getChartBins } from "@/lib/charts/time-domain";
import { keepKnownFilterValues } from "@/lib/filters/drop-unknown-filter-values";
import { parseLenientReporting } from "@/lib/filters/parse-search-params";
import { answerBadRequestForMalformed } from "@/lib/filters/malformed-url-status";
import { viewQueryString } from "@/lib/filters/query-string";
import { loadPageData } from "@/lib/http/load-page-data";
import { getProfile } from "@/lib/profiles";
import { getFilterOptions } from "@/lib/queries/get-filter-options";
import { hasAnyClaims } from "@/lib/queries/has-any-claims";
import { getSideTotals } from "@/lib/queries/get-side-totals";
import { getTimeseries } from "@/lib/queries/get-timeseries";
import { chartOutcome, overviewQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: PageProps<"/">) {
  const parsed = parseLenientReporting(overviewQuerySchema, await searchParams);
  answerBadRequestForMalformed(parsed.ignored);
  const result = await loadPageData(async () => {
    // The filter options first (cached for seconds): they say which sides and data sets exist.
    const options = await getFilterOptions();
    const { q, ignored } = keepKnownFilterValues(parsed, getProfile().sides.map((s) => s.key), options);
    const outcome = chartOutcome(q.outcome);
    const [totals, series] = await Promise.all([getSideTotals(q, outcome), getTimeseries(q, q.bin, outcome, q.placement)]);
    const isEmpty = totals.sides.length === 0 && !totals.allSides && series.undatedClaims === 0 && !series.datasets.some((d) => d.points.length > 0);
    // Nothing shown: an empty database gets its own page, not "no claims match these filters".
    const isEmptyDatabase = isEmpty && !(await hasAnyClaims());
    return { options, q, ignored, outcome, totals, series, isEmpty, isEmptyDatabase };
  });
  if (!result.ok) return <DatabaseUnavailable />;
  const { options, q, ignored, outcome, totals, series, isEmpty, isEmptyDatabase } = result.data;
  if (isEmptyDatabase) return <EmptyDatabase />;
  const sides = options.sides.filter((s) => series.sides.includes(s.value)).map((s) => ({ key: s.value, label: s.label, colour: s.colour ?? "#777" }));
  const defaults = overviewQuerySchema.parse({});
  const csvQuery = viewQueryString({ ...q, outcome: q.outcome }, defaults, ["chart"]);
  // The per-side chart and the data-set overlay span the same bins.
  const newsBins = series.points.filter((p) => p.best !== null).map((p) => p.bin);
  const bins = getChartBins(q, [newsBins, ...overlayBins(series.newsTotals, series.datasets)], q.bin);

  return (
    <>
      <h1>Reported casualties</h1>
      <p className="lede">
        What monitors and media claimed about the dead, wounded and captured of each side, reconciled event by event: the
        range runs from the lowest to the highest claim, best is the median claimant.
      </p>
      <Suspense fallback={null}>
        <FilterBar options={options} outcome={outcome} />
      </Suspense>
      <IgnoredValuesNotice ignored={ignored} cleanHref={`/${viewQueryString(q, defaults)}`} />
      {isEmpty ? (
        <div className="empty">
          <p><strong>No claims match these filters.</strong></p>
          <p>Clear a filter, or add reports with <code>npm run ingest -- FILE|DIR</code>.</p>
        </div>
      ) : (
        <>
          <SideTotals totals={totals} outcome={outcome} />
          <Suspense fallback={null}>
            <OverviewChart rows={series.points.length > 0 ? toChartRows(series.points, bins) : []} sides={sides} bin={q.bin} mode={q.chart} outcome={outcome} />
          </Suspense>
          {series.datasets.length > 0 && (
            <Suspense fallback={null}>
              <OverlayPanel news={series.newsTotals} datasets={series.datasets} bins={bins} bin={q.bin} outcome={outcome} placement={q.placement} sidesPicked={q.side.length > 0} />
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
