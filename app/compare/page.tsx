import type { Metadata } from "next";
import { Suspense } from "react";
import { ComparisonTable } from "@/components/compare/comparison-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { ConventionNote } from "@/components/ui/convention-note";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { DownloadCsv } from "@/components/ui/download-csv";
import { parseLenient } from "@/lib/filters/parse-search-params";
import { viewQueryString } from "@/lib/filters/query-string";
import { loadPageData } from "@/lib/http/load-page-data";
import { getProfile } from "@/lib/profiles";
import { shortSideLabels } from "@/lib/profiles/short-side-labels";
import { getComparison } from "@/lib/queries/get-comparison";
import { getFilterOptions } from "@/lib/queries/get-filter-options";
import { comparisonQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare sources" };

export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const q = parseLenient(comparisonQuerySchema, await searchParams);
  const result = await loadPageData(() => Promise.all([getFilterOptions(), getComparison(q, q)]));
  if (!result.ok) return <DatabaseUnavailable />;
  const [options, comparison] = result.data;
  const sideLabels = shortSideLabels(getProfile());
  const csvQuery = viewQueryString(q, comparisonQuerySchema.parse({}), ["page", "pageSize"]);
  return (
    <>
      <h1>Compare sources</h1>
      <p className="lede">Who said what about the same event and side: one row per event, side and outcome, one column per source.</p>
      <Suspense fallback={null}>
        <FilterBar options={options} />
      </Suspense>
      {comparison.total === 0 ? (
        <div className="empty">
          <p><strong>No events match these filters.</strong> Claims without a known period belong to no event; see them on the Claims page.</p>
        </div>
      ) : (
        <Suspense fallback={null}>
          <ComparisonTable rows={comparison.rows} sources={comparison.sources} sideLabels={sideLabels} total={comparison.total} page={q.page} pageSize={q.pageSize} sort={q.sort} dir={q.dir} by={q.by} />
        </Suspense>
      )}
      <div className="actions">
        <DownloadCsv endpoint="/api/comparison.csv" query={csvQuery} />
        <ConventionNote convention={q.convention} />
      </div>
    </>
  );
}
