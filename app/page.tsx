import { Suspense } from "react";
import { OverlayPanel } from "@/components/charts/overlay-panel";
import { OverviewChart } from "@/components/charts/overview-chart";
import { SpanningEvents } from "@/components/charts/spanning-events";
import { SideTotals } from "@/components/claims/side-totals";
import { FilterBar } from "@/components/filters/filter-bar";
import { ConventionNote } from "@/components/ui/convention-note";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { DownloadCsv } from "@/components/ui/download-csv";
import { ViewCitation } from "@/components/ui/view-citation";
import { EmptyDatabase } from "@/components/start/empty-database";
import { IgnoredValuesNotice } from "@/components/filters/ignored-values-notice";
import { overviewPublications } from "@/lib/citation/overview-publications";
import { pageCitation } from "@/lib/citation/page-citation";
import { keepKnownFilterValues } from "@/lib/filters/drop-unknown-filter-values";
import { parseLenientReporting } from "@/lib/filters/parse-search-params";
import { answerBadRequestForMalformed } from "@/lib/filters/malformed-url-status";
import { viewQueryString } from "@/lib/filters/query-string";
import { loadPageData } from "@/lib/routes/load-page-data";
import { getPageOrigin } from "@/lib/http/page-origin";
import { getProfile } from "@/lib/profiles";
import { shortSideLabels } from "@/lib/profiles/short-side-labels";
import { getFilterOptions } from "@/lib/queries/get-filter-options";
import { getOverviewCharts } from "@/lib/queries/get-overview-charts";
import { hasAnyClaims } from "@/lib/queries/has-any-claims";
import { getSideTotals } from "@/lib/queries/get-side-totals";
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
    const [totals, charts] = await Promise.all([getSideTotals(q, outcome), getOverviewCharts(q, outcome, options)]);
    const { series } = charts;
    const isEmpty = totals.sides.length === 0 && !totals.allSides && series.undatedClaims === 0 && !series.datasets.some((d) => d.points.length > 0);
    // Nothing shown: an empty database gets its own page, not "no claims match these filters".
    const isEmptyDatabase = isEmpty && !(await hasAnyClaims());
    return { options, q, ignored, outcome, totals, charts, isEmpty, isEmptyDatabase };
  });
  if (!result.ok) return <DatabaseUnavailable />;
  const { options, q, ignored, outcome, totals, charts, isEmpty, isEmptyDatabase } = result.data;
  if (isEmptyDatabase) return <EmptyDatabase />;
  const { series, sides, rows, bins, sources } = charts;
  const defaults = overviewQuerySchema.parse({});
  const csvQuery = viewQueryString({ ...q, outcome: q.outcome }, defaults, ["chart", "scale"]);
  const origin = await getPageOrigin();
  const accessed = new Date();
  const sideLabels = shortSideLabels(getProfile());
  const published = overviewPublications({ q, outcome, sides, datasets: series.datasets, sources, sideLabels, origin, accessed });
  const citation = pageCitation({
    title: "Reported casualties",
    filters: q,
    settings: { outcome, bin: q.bin, scale: q.scale },
    sideLabels,
    sources,
    url: `${origin}/${viewQueryString(q, defaults)}`,
    accessed,
  });

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
            <OverviewChart rows={rows} sides={sides} bin={q.bin} mode={q.chart} outcome={outcome} scale={q.scale} publication={published.perSide} />
          </Suspense>
          {published.overlay && (
            <Suspense fallback={null}>
              <OverlayPanel
                news={series.newsTotals}
                datasets={series.datasets}
                bins={bins}
                bin={q.bin}
                outcome={outcome}
                placement={q.placement}
                sidesPicked={q.side.length > 0}
                scale={q.scale}
                publication={published.overlay}
              />
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
      <ViewCitation {...citation} />
    </>
  );
}
