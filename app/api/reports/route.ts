// GET /api/reports - the reports, newest first, paged by `page` or by the `nextCursor`/`prevCursor` of a page
// POST /api/reports - ingest one report from the browser (editors); 409 when the same text is stored already
import { parseStrict } from "@/lib/filters/parse-search-params";
import { getPrisma } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/routes/api-route";
import { prepareReportInput } from "@/lib/ingest/prepare-report-input";
import { createReportWithClaims } from "@/lib/mutations/create-report-with-claims";
import { getProfileSideIds } from "@/lib/mutations/ensure-profile-sides";
import { getProfile } from "@/lib/profiles";
import { MAX_REPORT_CHARS, reportInputSchema } from "@/lib/schemas/report-input";
import { listReports } from "@/lib/queries/list-reports";
import { reportsQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(reportsQuerySchema, new URL(request.url).searchParams);
  return Response.json(await listReports(q));
});

export const POST = apiRoute({ access: "editor", body: reportInputSchema, maxBodyBytes: MAX_REPORT_CHARS + 64 * 1024 }, async ({ body, user }) => {
  const prepared = await prepareReportInput(body);
  const prisma = getPrisma();
  const profile = getProfile();
  const sideIds = await getProfileSideIds(prisma, profile);
  const stored = await createReportWithClaims({ ...prepared, profile, sideIds, userId: user!.id });
  if (stored.status === "duplicate") {
    throw new ApiError(409, "conflict", `This text is stored already as report ${stored.reportId}.`, { reportId: stored.reportId });
  }
  return Response.json({ reportId: stored.reportId, claimCount: stored.claimCount }, { status: 201 });
});
