// GET /api/uncertainty - per event and side, every claim and the low-high band, largest disagreement first,
// paged by `page` or by the `nextCursor`/`prevCursor` of a page (keyset paging)
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getUncertainty } from "@/lib/queries/get-uncertainty";
import { chartOutcome, uncertaintyPageQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(uncertaintyPageQuerySchema, new URL(request.url).searchParams);
  const outcome = chartOutcome(q.outcome);
  return Response.json({ ...(await getUncertainty(q, outcome, q)), outcome, pageSize: q.pageSize });
});
