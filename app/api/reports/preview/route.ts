// POST /api/reports/preview - the claims a report would yield, before it is saved (editors)
import { apiRoute } from "@/lib/routes/api-route";
import { prepareReportInput } from "@/lib/ingest/prepare-report-input";
import { MAX_REPORT_CHARS, reportInputSchema } from "@/lib/schemas/report-input";

export const POST = apiRoute({ access: "editor", body: reportInputSchema, maxBodyBytes: MAX_REPORT_CHARS + 64 * 1024 }, async ({ body }) => {
  const { report, claims } = await prepareReportInput(body);
  return Response.json({ text: report.text, claims });
});
