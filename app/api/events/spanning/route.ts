// GET /api/events/spanning - events whose period runs from one time bin into later ones (charted in their first), largest first
import { parseStrict } from "@/lib/filters/parse-search-params";
import { listSpanningEvents } from "@/lib/queries/list-spanning-events";
import { apiRoute } from "@/lib/routes/api-route";
import { chartOutcome, timeseriesQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(timeseriesQuerySchema, new URL(request.url).searchParams);
  return Response.json({ bin: q.bin, ...(await listSpanningEvents(q, q.bin, chartOutcome(q.outcome))) });
});
