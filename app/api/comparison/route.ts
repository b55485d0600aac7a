// GET /api/comparison - one row per event x side x outcome, one cell per outlet or claimant,
// paged by `page` or by the `nextCursor`/`prevCursor` of a page (keyset paging);
// with by=month-place, the news claims beside curated data sets per month x place x side (paged by `page`)
import { parseStrict } from "@/lib/filters/parse-search-params";
import { ApiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/routes/api-route";
import { getComparison } from "@/lib/queries/get-comparison";
import { getMonthPlaceComparison } from "@/lib/queries/get-month-place-comparison";
import { chartOutcome, comparisonPageQuerySchema, resolveComparisonQuery } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = resolveComparisonQuery(parseStrict(comparisonPageQuerySchema, new URL(request.url).searchParams));
  const paging = { pageSize: q.pageSize, by: q.by, sort: q.sort, dir: q.dir };
  if (q.by === "month-place") {
    // A few thousand rows summed per request: paged by number, no cursor needed.
    if (q.cursor) throw new ApiError(400, "bad_request", "Parameter `cursor` pages the event comparison; by=month-place pages by `page`.");
    return Response.json({ ...(await getMonthPlaceComparison(q, chartOutcome(q.outcome), q)), page: q.page, ...paging, outcome: chartOutcome(q.outcome) });
  }
  return Response.json({ ...(await getComparison(q, { ...q, by: q.by })), ...paging });
});
