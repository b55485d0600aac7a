// POST /api/reports/bulk - ingest up to 250 reports in one request (editors): each report's
// outcome (created, duplicate or failed, in the order sent), stored in as few transactions
// as `npm run ingest` uses. A body that does not check out stores nothing (400 naming the
// report and field, 413 past 16 MB).
import { apiRoute } from "@/lib/routes/api-route";
import { ingestReportInputs } from "@/lib/ingest/ingest-report-inputs";
import { bulkReportInputSchema, MAX_BULK_BYTES } from "@/lib/schemas/report-input";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ access: "editor", body: bulkReportInputSchema, maxBodyBytes: MAX_BULK_BYTES }, async ({ body, user }) => {
  const reports = await ingestReportInputs(body.reports, user!.id);
  const count = (status: string) => reports.filter((r) => r.status === status).length;
  return Response.json({ created: count("created"), duplicates: count("duplicate"), failed: count("failed"), reports });
});
