import type { Metadata } from "next";
import { Suspense } from "react";
import { MonthOutletGrid } from "@/components/coverage/month-outlet-grid";
import { PlaceCoverageTable } from "@/components/coverage/place-coverage-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { IgnoredValuesNotice } from "@/components/filters/ignored-values-notice";
import { NoClaimsYet } from "@/components/start/no-claims-yet";
import { ConventionNote } from "@/components/ui/convention-note";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { DownloadCsv } from "@/components/ui/download-csv";
import { keepKnownFilterValues } from "@/lib/filters/drop-unknown-filter-values";
import { answerBadRequestForMalformed } from "@/lib/filters/malformed-url-status";
import { parseLenientReporting } from "@/lib/filters/parse-search-params";
import { viewQueryString } from "@/lib/filters/query-string";
import { loadPageData } from "@/lib/routes/load-page-data";
import { getProfile } from "@/lib/profiles";
import { getCoverage } from "@/lib/queries/get-coverage";
import { getFilterOptions } from "@/lib/queries/get-filter-options";
import { hasAnyClaims } from "@/lib/queries/has-any-claims";
import { chartOutcome, coverageQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Coverage" };

export default async function CoveragePage({ searchParams }: PageProps<"/coverage">) {
  const parsed = parseLenientReporting(coverageQuerySchema, await searchParams);
  answerBadRequestForMalformed(parsed.ignored);
  const result = await loadPageData(async () => {
    const options = await getFilterOptions();
    const checked = keepKnownFilterValues(parsed, getProfile().sides.map((s) => s.key), options);
    const outcome = chartOutcome(checked.q.outcome);
    const coverage = await getCoverage(checked.q, outcome);
    return { options, ...checked, outcome, coverage, isEmptyDatabase: coverage.reports === 0 && !(await hasAnyClaims()) };
  });
  if (!result.ok) return <DatabaseUnavailable />;
  const { options, q, ignored, outcome, coverage, isEmptyDatabase } = result.data;
  const defaults = coverageQuerySchema.parse({});
  const csvQuery = viewQueryString(q, defaults);
  const placeCsvQuery = viewQueryString({ ...q, table: "place" }, defaults);
  return (
    <>
      <h1>Coverage</h1>
      <p className="lede">
        How many reports each outlet published, month by month and place by place, beside the casualty figures claimed: a month with no reports is a
        month without news, not a month without deaths.
      </p>
      <Suspense fallback={null}>
        <FilterBar options={options} outcome={outcome} />
      </Suspense>
      <IgnoredValuesNotice ignored={ignored} cleanHref={`/coverage${viewQueryString(q, defaults)}`} />
      {isEmptyDatabase ? (
        <NoClaimsYet />
      ) : coverage.reports === 0 && coverage.places.length === 0 ? (
        <div className="empty"><p><strong>No reports match these filters.</strong> Clear a filter to see more.</p></div>
      ) : (
        <>
          <p className="muted small" data-testid="coverage-rules">
            Reports are counted by the month they were published, and follow the outlet, place and date filters (a report is about a place when one of
            its claims is placed there). Side, claimant, outcome and scope filters change the claimed figures only: those are the estimates of the
            incidents whose period starts in the month, all sides together unless sides are picked. {coverage.reports} report
            {coverage.reports === 1 ? "" : "s"} from {coverage.outlets.length} outlet{coverage.outlets.length === 1 ? "" : "s"}
            {coverage.undatedReports > 0 ? `, of which ${coverage.undatedReports} without a publication date (in no month)` : ""}.
          </p>
          <section className="panel" aria-labelledby="by-month">
            <h2 id="by-month">By month and outlet</h2>
            <MonthOutletGrid coverage={coverage} outcome={outcome} />
            <div className="actions">
              <DownloadCsv endpoint="/api/coverage.csv" query={csvQuery} label="Download CSV (months)" />
            </div>
          </section>
          <section className="panel" aria-labelledby="by-place">
            <h2 id="by-place">By place</h2>
            {coverage.places.length === 0 ? (
              <p className="muted">No placed claims match these filters.</p>
            ) : (
              <PlaceCoverageTable places={coverage.places} outcome={outcome} />
            )}
            <div className="actions">
              <DownloadCsv endpoint="/api/coverage.csv" query={placeCsvQuery} label="Download CSV (places)" />
              <ConventionNote convention={q.convention} />
            </div>
          </section>
        </>
      )}
    </>
  );
}
