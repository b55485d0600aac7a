// GET /api/coverage - reports per month (by outlet) and per place, beside the casualty figures claimed for them
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getCoverage } from "@/lib/queries/get-coverage";
import { chartOutcome, coverageQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(coverageQuerySchema, new URL(request.url).searchParams);
  return Response.json(await getCoverage(q, chartOutcome(q.outcome)));
});
