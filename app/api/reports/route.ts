// GET /api/reports - the reports, newest first, paged
import { parseStrict } from "@/lib/filters/parse-search-params";
import { withErrorHandling } from "@/lib/http/route";
import { listReports } from "@/lib/queries/list-reports";
import { reportsQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = withErrorHandling(async (request: Request) => {
  const q = parseStrict(reportsQuerySchema, new URL(request.url).searchParams);
  return Response.json(await listReports(q.page, q.pageSize));
});
