// GET /api/reports.csv - every report (without its text), streamed page by page; `about=1`: its companion text
import { takeAboutFlag } from "@/lib/csv/about-flag";
import { csvAboutResponse } from "@/lib/routes/csv-about";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";
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
  const params = new URL(request.url).searchParams;
  const about = takeAboutFlag(params);
  parseStrict(z.object({}), params); // takes no parameters: refuse unknown ones
  if (about) return csvAboutResponse(request, { view: "reports", fileName: "reports.csv", filters: DEFAULT_FILTERS });
  return csvResponse("reports.csv", REPORT_COLUMNS, pageBatches((page, pageSize) => listReports({ page, pageSize }), BATCH, (rows) => rows));
});
