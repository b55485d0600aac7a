// GET /api/timeseries - reported counts per side and time bin (low, best, high over distinct events),
// with each data set named in `dataset` beside them
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getTimeseries } from "@/lib/queries/get-timeseries";
import { chartOutcome, timeseriesQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(timeseriesQuerySchema, new URL(request.url).searchParams);
  return Response.json(await getTimeseries(q, q.bin, chartOutcome(q.outcome), q.placement));
});
