import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimList } from "@/components/reports/claim-list";
import { ReportText } from "@/components/reports/report-text";
import { AddClaimFromSelection } from "@/components/review/add-claim-from-selection";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { formatPublished } from "@/lib/format/dates";
import { loadPageData } from "@/lib/routes/load-page-data";
import { findReport } from "@/lib/queries/find-report";
import { pathIdSchema } from "@/lib/values/integers";
import { getPageAccess } from "@/lib/auth/page-access";
import { getProfile } from "@/lib/profiles";

export const dynamic = "force-dynamic";

async function load(rawId: string) {
  const id = pathIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  return loadPageData(() => findReport(id.data));
}

export async function generateMetadata({ params }: PageProps<"/reports/[id]">): Promise<Metadata> {
  const result = await load((await params).id);
  return { title: result.ok && result.data ? result.data.title : "Report" };
}

export default async function ReportPage({ params }: PageProps<"/reports/[id]">) {
  const result = await load((await params).id);
  if (!result.ok) return <DatabaseUnavailable />;
  const report = result.data;
  if (!report) notFound();
  const { user } = await getPageAccess();
  // A data set's row is shown as published, with no review controls: its figures are not edited.
  const editor = user && !report.isDatasetRow ? { sides: getProfile().sides.map((s) => ({ key: s.key, label: s.label })) } : undefined;
  const visible = editor ? report.claims : report.claims.filter((c) => c.reviewStatus !== "rejected");
  return (
    <article>
      <p><Link href="/reports">← All reports</Link></p>
      {report.isDatasetRow && (
        <p className="notice" role="note">
          A row of the curated data set <strong>{report.outlet}</strong>, written out as imported. Its figures are kept exactly as published, even where
          its low is above its best, and are not reviewed here.
        </p>
      )}
      <h1>{report.title}</h1>
      <div className="report-meta">
        <span>{report.outlet}</span>
        <span>{report.isDatasetRow ? "data-set row" : formatPublished(report.publishedOn, report.publishedPrecision)}</span>
        {report.url && /^https?:\/\//i.test(report.url) && (
          <a href={report.url} rel="noopener noreferrer nofollow" target="_blank">Original</a>
        )}
      </div>
      <div className="report-layout">
        <section aria-label="Report text">
          <ReportText text={report.text} claims={visible} />
          {editor && <AddClaimFromSelection reportId={report.id} outlet={report.outlet} sides={editor.sides} />}
        </section>
        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading" style={{ marginTop: 0 }}>Claims ({visible.length})</h2>
          <ClaimList claims={report.claims} editor={editor} />
        </section>
      </div>
    </article>
  );
}
