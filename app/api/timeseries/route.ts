// GET /api/timeseries - reported counts per side and time bin (low, best, high over distinct events)
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getDeathsByPeriod } from "@/lib/queries/get-deaths-by-period";
import { chartOutcome, timeseriesQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(timeseriesQuerySchema, new URL(request.url).searchParams);
  return Response.json(await getDeathsByPeriod(q, q.bin, chartOutcome(q.outcome)));
});
