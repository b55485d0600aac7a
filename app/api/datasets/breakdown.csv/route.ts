// GET /api/datasets/breakdown.csv - the breakdown as CSV, one row per value and a total row; `about=1`: its companion text
import { takeAboutFlag } from "@/lib/csv/about-flag";
import { csvAboutResponse } from "@/lib/routes/csv-about";
import { csvResponse, single } from "@/lib/csv/csv-response";
import { csvFileName } from "@/lib/filters/download-file-name";
import { BREAKDOWN_COLUMNS } from "@/lib/csv/view-columns";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";
import { ApiError } from "@/lib/http/api-error";
import { getDatasetBreakdown } from "@/lib/queries/get-dataset-breakdown";
import { apiRoute } from "@/lib/routes/api-route";
import { datasetBreakdownQuerySchema } from "@/lib/schemas/dataset-breakdown";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const params = new URL(request.url).searchParams;
  const about = takeAboutFlag(params);
  const q = parseStrict(datasetBreakdownQuerySchema, params);
  const filters = { ...DEFAULT_FILTERS, place: q.place, from: q.from, to: q.to };
  const fileName = csvFileName("breakdown", { ...filters, dataset: [q.name] }, { by: q.by });
  if (about) {
    const title = `${q.name}: its rows summed by ${q.by}, as published`;
    const sources = { filters: { ...filters, dataset: [q.name] }, claims: false };
    return csvAboutResponse(request, { view: "breakdown", fileName, filters, settings: { outcome: "killed", by: q.by }, title, sources });
  }
  const breakdown = await getDatasetBreakdown(q.name, q.by, filters);
  if (!breakdown) throw new ApiError(404, "not_found", `There is no data set "${q.name}"; GET /api/datasets lists them.`);
  const rows = [...breakdown.rows.map((r) => ({ ...r, key: r.key ?? "" })), { ...breakdown.total, key: "total" }];
  return csvResponse(fileName, BREAKDOWN_COLUMNS, single(rows));
});
