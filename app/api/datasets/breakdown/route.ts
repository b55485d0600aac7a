// GET /api/datasets/breakdown - a data set's rows summed by one of its fields (year, month, type, adm1, region…), as published
import { parseStrict } from "@/lib/filters/parse-search-params";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";
import { ApiError } from "@/lib/http/api-error";
import { getDatasetBreakdown } from "@/lib/queries/get-dataset-breakdown";
import { apiRoute } from "@/lib/routes/api-route";
import { datasetBreakdownQuerySchema } from "@/lib/schemas/dataset-breakdown";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(datasetBreakdownQuerySchema, new URL(request.url).searchParams);
  const breakdown = await getDatasetBreakdown(q.name, q.by, { ...DEFAULT_FILTERS, place: q.place, from: q.from, to: q.to });
  if (!breakdown) throw new ApiError(404, "not_found", `There is no data set "${q.name}"; GET /api/datasets lists them.`);
  return Response.json(breakdown);
});
