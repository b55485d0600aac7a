import type { Metadata } from "next";
import { Suspense } from "react";
import { CompareMode } from "@/components/compare/compare-mode";
import { ComparisonTable } from "@/components/compare/comparison-table";
import { MonthPlaceTable } from "@/components/compare/month-place-table";
import { NoClaimsYet } from "@/components/start/no-claims-yet";
import { FilterBar } from "@/components/filters/filter-bar";
import { IgnoredValuesNotice } from "@/components/filters/ignored-values-notice";
import { ConventionNote } from "@/components/ui/convention-note";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { PageCitation } from "@/components/ui/page-citation";
import { DownloadCsv } from "@/components/ui/download-csv";
import { keepKnownFilterValues } from "@/lib/filters/drop-unknown-filter-values";
import { parseLenientReporting } from "@/lib/filters/parse-search-params";
import { answerBadRequestForMalformed } from "@/lib/filters/malformed-url-status";
import { viewQueryString } from "@/lib/filters/query-string";
import { loadPageData } from "@/lib/routes/load-page-data";
import { getProfile } from "@/lib/profiles";
import { shortSideLabels } from "@/lib/profiles/short-side-labels";
import { getComparison } from "@/lib/queries/get-comparison";
import { getFilterOptions } from "@/lib/queries/get-filter-options";
import { getMonthPlaceComparison } from "@/lib/queries/get-month-place-comparison";
import { hasAnyClaims } from "@/lib/queries/has-any-claims";
import { AS_PUBLISHED_EXPLANATION } from "@/lib/format/published-figures";
import { cursorFits } from "@/lib/sql/keyset";
import { comparisonOrder } from "@/lib/queries/view-orders";
import { chartOutcome, comparisonPageQuerySchema, comparisonQuerySchema, defaultComparisonSort, resolveComparisonQuery, type ComparisonQueryParams } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare sources" };

export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const parsed = parseLenientReporting(comparisonPageQuerySchema, await searchParams);
  answerBadRequestForMalformed(parsed.ignored);
  const result = await loadPageData(() => getFilterOptions());
  if (!result.ok) return <DatabaseUnavailable />;
  const checked = keepKnownFilterValues(parsed, getProfile().sides.map((s) => s.key), result.data);
  const { cursor, ...q } = resolveComparisonQuery(checked.q);
  const ignored = checked.ignored;
  const defaults = { ...comparisonQuerySchema.parse({}), sort: defaultComparisonSort(q.by) };
  const csvQuery = viewQueryString(q, defaults, ["page", "pageSize"]);
  // A cursor made under another sort (an edited link) is dropped: the page opens at `page`, as with any stale value.
  const paging = q.by !== "month-place" && cursor !== undefined && cursorFits(cursor, comparisonOrder(q.sort, q.dir)) ? { ...q, cursor } : q;
  return (
    <>
      <h1>Compare sources</h1>
      <p className="lede">
        {q.by === "month-place"
          ? "The news claims beside the curated data sets, month by month and place by place: where the media ran above or below the coders' count."
          : "Who said what about the same event and side: one row per event, side and outcome, with every source's figure beside the estimate."}
      </p>
      <Suspense fallback={null}>
        <FilterBar options={result.data} outcome={q.by === "month-place" ? chartOutcome(q.outcome) : undefined} />
      </Suspense>
      <IgnoredValuesNotice ignored={ignored} cleanHref={`/compare${viewQueryString(q, defaults)}`} />
      {q.by === "month-place" ? <MonthPlaceView q={q} /> : <EventView q={paging} />}
      <div className="actions">
        <DownloadCsv endpoint="/api/comparison.csv" query={csvQuery} />
        <ConventionNote convention={q.convention} />
      </div>
      <PageCitation
        title={q.by === "month-place" ? "News claims beside data sets, by month and place" : `Compare sources, by ${q.by}`}
        path="/compare"
        query={viewQueryString(q, defaults)}
        filters={q}
        settings={{ outcome: q.by === "month-place" ? chartOutcome(q.outcome) : undefined, by: q.by }}
      />
    </>
  );
}

async function EventView({ q }: { q: ComparisonQueryParams }) {
  const by = q.by === "claimant" ? "claimant" : "outlet";
  const result = await loadPageData(async () => {
    const comparison = await getComparison(q, { ...q, by });
    return { comparison, isEmptyDatabase: comparison.total === 0 && !(await hasAnyClaims()) };
  });
  if (!result.ok) return <DatabaseUnavailable />;
  const { comparison, isEmptyDatabase } = result.data;
  if (isEmptyDatabase) return <NoClaimsYet />;
  if (comparison.total === 0) {
    return (
      <div className="empty">
        <p><strong>No events match these filters.</strong> Claims without a known period belong to no event; see them on the Claims page.</p>
      </div>
    );
  }
  return (
    <Suspense fallback={null}>
      <ComparisonTable
        rows={comparison.rows} sources={comparison.sources} columns={q.column} sideLabels={shortSideLabels(getProfile())} total={comparison.total} page={comparison.page} pageSize={q.pageSize} sort={q.sort} dir={q.dir} by={by}
        cursors={{ next: comparison.nextCursor, prev: comparison.prevCursor, carriedTotal: q.cursor !== undefined }}
      />
    </Suspense>
  );
}

async function MonthPlaceView({ q }: { q: ComparisonQueryParams }) {
  const outcome = chartOutcome(q.outcome);
  const result = await loadPageData(() => getMonthPlaceComparison(q, outcome, q));
  if (!result.ok) return <DatabaseUnavailable />;
  const page = result.data;
  const unsplit = page.datasets.filter((d) => !page.splits[d]);
  return (
    <section className="panel">
      <div className="panel-head">
        <Suspense fallback={null}>
          <CompareMode by="month-place" />
        </Suspense>
        <p className="muted small">
          Each figure is the best estimate with its low–high range, summed over the events that start in the month at the place. The ratio is the news
          claims&apos; best over the data set&apos;s. The table opens sorted by disagreement: the largest gaps either way first, months only one of the two has after.
          {q.side.length === 0 ? " “All sides” rows set the data sets' published totals beside the news events' totals." : ""}
        </p>
      </div>
      {page.datasets.length === 0 && (
        <p className="notice" role="status">
          Pick a data set under “Compare with” to set its counts beside the news claims{outcome !== "killed" ? " (data sets record deaths only)" : ""}.
        </p>
      )}
      {page.total === 0 ? (
        <div className="empty"><p><strong>No events match these filters.</strong></p></div>
      ) : (
        <Suspense fallback={null}>
          <MonthPlaceTable rows={page.rows} datasets={page.datasets} splits={page.splits} sideLabels={shortSideLabels(getProfile())} total={page.total} page={q.page} pageSize={q.pageSize} sort={q.sort} dir={q.dir} />
        </Suspense>
      )}
      {page.datasets.length > 0 && (
        <p className="muted small" data-testid="as-published-note">
          {AS_PUBLISHED_EXPLANATION}
          {unsplit.length > 0 && ` ${unsplit.join(" and ")} ${unsplit.length === 1 ? "counts" : "count"} all sides together: ${unsplit.length === 1 ? "its" : "their"} figures are in the “All sides” rows, and a side's row says “no side split”.`}
        </p>
      )}
    </section>
  );
}
