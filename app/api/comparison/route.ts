// GET /api/comparison - one row per event x side x outcome, one cell per outlet or claimant
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getComparison } from "@/lib/queries/get-comparison";
import { comparisonQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(comparisonQuerySchema, new URL(request.url).searchParams);
  const result = await getComparison(q, q);
  return Response.json({ ...result, page: q.page, pageSize: q.pageSize, by: q.by });
});
