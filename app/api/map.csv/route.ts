// GET /api/map.csv - exactly the rows the map draws, streamed from PostgreSQL's COPY
import { copyCsvResponse } from "@/lib/csv/copy-csv-response";
import { csvFileName } from "@/lib/filters/download-file-name";
import { mapCsvSql } from "@/lib/csv/map-csv-sql";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { chartOutcome, mapQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(mapQuerySchema, new URL(request.url).searchParams);
  const outcome = chartOutcome(q.outcome);
  const extra: Record<string, string> = q.news === "hide" ? { news: "hide", outcome } : { outcome };
  return copyCsvResponse(csvFileName("map", q, extra), mapCsvSql(q, outcome, { news: q.news === "show", datasets: q.dataset }));
});
