import type { Metadata } from "next";
import { Suspense } from "react";
import { HowClaimsAreMade } from "@/components/about/how-claims-are-made";
import { ClaimsTable } from "@/components/claims/claims-table";
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
import { getFilterOptions } from "@/lib/queries/get-filter-options";
import { hasAnyClaims } from "@/lib/queries/has-any-claims";
import { countReviewedClaims } from "@/lib/queries/count-reviewed-claims";
import { listClaims } from "@/lib/queries/list-claims";
import { claimsOrder } from "@/lib/queries/view-orders";
import { cursorFits } from "@/lib/sql/keyset";
import { claimsPageQuerySchema, claimsQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ searchParams }: PageProps<"/claims">) {
  const parsed = parseLenientReporting(claimsPageQuerySchema, await searchParams);
  answerBadRequestForMalformed(parsed.ignored);
  const result = await loadPageData(async () => {
    const options = await getFilterOptions(); // cached; says which sides and data sets exist
    const checked = keepKnownFilterValues(parsed, getProfile().sides.map((s) => s.key), options);
    const { cursor, ...q } = checked.q;
    // A cursor made under another sort (an edited link) is dropped: the page opens at `page`, as with any stale value.
    const byCursor = cursor !== undefined && cursorFits(cursor, claimsOrder(q.sort, q.dir));
    const paging = byCursor ? { ...q, cursor } : q;
    const [claims, reviewed] = await Promise.all([listClaims(q, paging), countReviewedClaims(q)]);
    return { options, q, ignored: checked.ignored, byCursor, claims, reviewed, isEmptyDatabase: claims.total === 0 && !(await hasAnyClaims()) };
  });
  if (!result.ok) return <DatabaseUnavailable />;
  const { options, q, ignored, byCursor, claims, reviewed, isEmptyDatabase } = result.data;
  const sideLabels = shortSideLabels(getProfile());
  const defaults = claimsQuerySchema.parse({});
  const csvQuery = viewQueryString(q, defaults, ["page", "pageSize", "sort", "dir"]);
  return (
    <>
      <h1>Claims</h1>
      <p className="lede">
        Every casualty claim with the sentence it came from. Open a quote to read it in its report. The claims were read by a rule-based extractor;{" "}
        <a href="#how-claims-are-made">how it measures, and how many an editor has reviewed</a>, is below the table.
      </p>
      <Suspense fallback={null}>
        <FilterBar options={options} />
      </Suspense>
      <IgnoredValuesNotice ignored={ignored} cleanHref={`/claims${viewQueryString(q, defaults)}`} />
      {isEmptyDatabase ? (
        <NoClaimsYet />
      ) : claims.total === 0 ? (
        <div className="empty"><p><strong>No claims match these filters.</strong> Clear a filter to see more.</p></div>
      ) : (
        <Suspense fallback={null}>
          <ClaimsTable
            rows={claims.rows} sideLabels={sideLabels} total={claims.total} page={claims.page} pageSize={q.pageSize} sort={q.sort} dir={q.dir}
            cursors={{ next: claims.nextCursor, prev: claims.prevCursor, carriedTotal: byCursor }}
          />
        </Suspense>
      )}
      <div className="actions">
        <DownloadCsv endpoint="/api/claims.csv" query={csvQuery} />
        <ConventionNote convention={q.convention} />
      </div>
      {!isEmptyDatabase && <HowClaimsAreMade reviewed={reviewed} scope="shown here (with these filters)" />}
      <PageCitation title="Casualty claims" path="/claims" query={viewQueryString(q, defaults)} filters={q} />
    </>
  );
}
