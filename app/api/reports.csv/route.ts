// GET /api/reports.csv - every report (without its text), streamed page by page
import { csvResponse } from "@/lib/csv/csv-response";
import { pageBatches } from "@/lib/csv/page-batches";
import { REPORT_COLUMNS } from "@/lib/csv/view-columns";
import { z } from "zod";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { listReports } from "@/lib/queries/list-reports";

export const dynamic = "force-dynamic";

const BATCH = 1000;

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  parseStrict(z.object({}), new URL(request.url).searchParams); // takes no parameters: refuse unknown ones
  return csvResponse("reports.csv", REPORT_COLUMNS, pageBatches(listReports, BATCH, (rows) => rows));
});
