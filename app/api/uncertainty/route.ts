// GET /api/uncertainty - per event and side, every claim and the low-high band, largest disagreement first
import { parseStrict } from "@/lib/filters/parse-search-params";
import { withErrorHandling } from "@/lib/http/route";
import { getUncertainty } from "@/lib/queries/get-uncertainty";
import { chartOutcome, uncertaintyQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = withErrorHandling(async (request: Request) => {
  const q = parseStrict(uncertaintyQuerySchema, new URL(request.url).searchParams);
  const outcome = chartOutcome(q.outcome);
  return Response.json({ ...(await getUncertainty(q, outcome, q.page, q.pageSize)), outcome, page: q.page, pageSize: q.pageSize });
});
