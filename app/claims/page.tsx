import type { Metadata } from "next";
import { Suspense } from "react";
import { ClaimsTable } from "@/components/claims/claims-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { ConventionNote } from "@/components/ui/convention-note";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { DownloadCsv } from "@/components/ui/download-csv";
import { parseLenient } from "@/lib/filters/parse-search-params";
import { viewQueryString } from "@/lib/filters/query-string";
import { loadPageData } from "@/lib/http/load-page-data";
import { getProfile } from "@/lib/profiles";
import { shortSideLabels } from "@/lib/profiles/short-side-labels";
import { getFilterOptions } from "@/lib/queries/get-filter-options";
import { listClaims } from "@/lib/queries/list-claims";
import { claimsQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ searchParams }: PageProps<"/claims">) {
  const q = parseLenient(claimsQuerySchema, await searchParams);
  const result = await loadPageData(() => Promise.all([getFilterOptions(), listClaims(q, q)]));
  if (!result.ok) return <DatabaseUnavailable />;
  const [options, claims] = result.data;
  const sideLabels = shortSideLabels(getProfile());
  const csvQuery = viewQueryString(q, claimsQuerySchema.parse({}), ["page", "pageSize", "sort", "dir"]);
  return (
    <>
      <h1>Claims</h1>
      <p className="lede">Every casualty claim with the sentence it came from. Open a quote to read it in its report.</p>
      <Suspense fallback={null}>
        <FilterBar options={options} />
      </Suspense>
      {claims.total === 0 ? (
        <div className="empty"><p><strong>No claims match these filters.</strong> Clear a filter to see more.</p></div>
      ) : (
        <Suspense fallback={null}>
          <ClaimsTable rows={claims.rows} sideLabels={sideLabels} total={claims.total} page={q.page} pageSize={q.pageSize} sort={q.sort} dir={q.dir} />
        </Suspense>
      )}
      <div className="actions">
        <DownloadCsv endpoint="/api/claims.csv" query={csvQuery} />
        <ConventionNote convention={q.convention} />
      </div>
    </>
  );
}
