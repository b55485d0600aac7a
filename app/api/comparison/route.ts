// GET /api/comparison - one row per event x side x outcome, one cell per outlet or claimant;
// with by=month-place, the news claims beside curated data sets per month x place x side
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getComparison } from "@/lib/queries/get-comparison";
import { getMonthPlaceComparison } from "@/lib/queries/get-month-place-comparison";
import { chartOutcome, comparisonQuerySchema, resolveComparisonQuery } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = resolveComparisonQuery(parseStrict(comparisonQuerySchema, new URL(request.url).searchParams));
  const paging = { page: q.page, pageSize: q.pageSize, by: q.by, sort: q.sort, dir: q.dir };
  if (q.by === "month-place") return Response.json({ ...(await getMonthPlaceComparison(q, chartOutcome(q.outcome), q)), ...paging, outcome: chartOutcome(q.outcome) });
  return Response.json({ ...(await getComparison(q, { ...q, by: q.by })), ...paging });
});
