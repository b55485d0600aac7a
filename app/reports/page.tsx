import Link from "next/link";
import { ReportTable } from "@/components/reports/report-table";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";
import { PageCitation } from "@/components/ui/page-citation";
import { DownloadCsv } from "@/components/ui/download-csv";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { loadPageData } from "@/lib/routes/load-page-data";
import { listReports } from "@/lib/queries/list-reports";
import { REPORTS_ORDER } from "@/lib/queries/view-orders";
import { cursorParam } from "@/lib/schemas/cursor";
import { cursorFits } from "@/lib/sql/keyset";
import { decimalParam } from "@/lib/values/integers";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;
// Lenient, as on every page: a bad page number falls back to the first page.
const pageSchema = decimalParam(1, 1_000_000).catch(1);
// A cursor (keyset paging: Next reads on from the last row shown) that is not one of ours opens page `page`.
const cursorSchema = cursorParam.optional().catch(undefined);

export default async function ReportsPage({ searchParams }: PageProps<"/reports">) {
  const params = await searchParams;
  const cursor = cursorSchema.parse(params.cursor);
  const byCursor = cursor !== undefined && cursorFits(cursor, REPORTS_ORDER);
  const result = await loadPageData(() => listReports({ page: pageSchema.parse(params.page), pageSize: PAGE_SIZE, cursor: byCursor ? cursor : undefined }));
  if (!result.ok) return <DatabaseUnavailable />;
  const { rows, total, page, nextCursor, prevCursor } = result.data;
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageLink = (to: string | null) => (to ? `/reports?cursor=${to}` : "/reports");
  return (
    <>
      <h1>Reports</h1>
      <p className="lede">
        Reports from monitors and media, each with the casualty claims found in it. Open a report to read it with
        its claims highlighted.
      </p>
      {total === 0 ? (
        <div className="empty">
          <p><strong>No reports yet.</strong></p>
          <p>Add some with <code>npm run ingest -- FILE|DIR</code>; a first start imports the seed reports from <code>../shared/corpus/seeds</code> when that folder exists.</p>
        </div>
      ) : (
        <>
          <p className="muted">
            {total} report{total === 1 ? "" : "s"}
            {byCursor && <span title="Counting every report again on each page would make deep pages slow"> (counted on the first page)</span>}
          </p>
          <ReportTable rows={rows} />
          {(lastPage > 1 || page > 1) && (
            <nav className="pager" aria-label="Pages">
              {page > 1 && <Link href={pageLink(page === 2 ? null : prevCursor)}>← Newer</Link>}
              <span>Page {page} of {lastPage}</span>
              {nextCursor && <Link href={pageLink(nextCursor)}>Older →</Link>}
            </nav>
          )}
          <div className="actions">
            <DownloadCsv endpoint="/api/reports.csv" query="" />
          </div>
          <PageCitation title="Reports" path="/reports" query={page > 1 ? `?page=${page}` : ""} filters={DEFAULT_FILTERS} />
        </>
      )}
    </>
  );
}
