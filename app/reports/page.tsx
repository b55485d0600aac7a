import Link from "next/link";
import { ReportTable } from "@/components/reports/report-table";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";
import { PageCitation } from "@/components/ui/page-citation";
import { DownloadCsv } from "@/components/ui/download-csv";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { loadPageData } from "@/lib/http/load-page-data";
import { listReports } from "@/lib/queries/list-reports";
import { decimalParam } from "@/lib/values/integers";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;
// Lenient, as on every page: a bad page number falls back to the first page.
const pageSchema = decimalParam(1, 1_000_000).catch(1);

export default async function ReportsPage({ searchParams }: PageProps<"/reports">) {
  const page = pageSchema.parse((await searchParams).page);
  const result = await loadPageData(() => listReports(page, PAGE_SIZE));
  if (!result.ok) return <DatabaseUnavailable />;
  const { rows, total } = result.data;
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));
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
          <p className="muted">{total} report{total === 1 ? "" : "s"}</p>
          <ReportTable rows={rows} />
          {lastPage > 1 && (
            <nav className="pager" aria-label="Pages">
              {page > 1 && <Link href={`/reports?page=${page - 1}`}>← Newer</Link>}
              <span>Page {page} of {lastPage}</span>
              {page < lastPage && <Link href={`/reports?page=${page + 1}`}>Older →</Link>}
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
