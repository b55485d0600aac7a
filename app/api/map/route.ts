// GET /api/map - the map's rows: per layer (news claims, each data set asked for), place and side, the summed estimates at the place's coordinates; and the places left off for want of coordinates
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getMap } from "@/lib/queries/get-map";
import { chartOutcome, mapQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(mapQuerySchema, new URL(request.url).searchParams);
  return Response.json(await getMap(q, chartOutcome(q.outcome), { news: q.news === "show", datasets: q.dataset }));
});
