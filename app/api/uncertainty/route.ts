// GET /api/uncertainty - per event and side, every claim and the low-high band, largest disagreement first
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getUncertainty } from "@/lib/queries/get-uncertainty";
import { chartOutcome, uncertaintyQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(uncertaintyQuerySchema, new URL(request.url).searchParams);
  const outcome = chartOutcome(q.outcome);
  return Response.json({ ...(await getUncertainty(q, outcome, q.page, q.pageSize)), outcome, page: q.page, pageSize: q.pageSize });
});
