// GET /api/timeseries.csv - the time series as CSV, one row per bin and side;
// with data sets (`dataset`), a second file layout: one row per source and bin; `about=1`: its companion text
import { takeAboutFlag } from "@/lib/csv/about-flag";
import { csvAboutResponse } from "@/lib/routes/csv-about";
import { overlayChartTitle, sideChartTitle } from "@/lib/citation/view-titles";
import { csvResponse, single } from "@/lib/csv/csv-response";
import { csvFileName } from "@/lib/filters/download-file-name";
import { OVERLAY_COLUMNS, overlayLines, TIMESERIES_COLUMNS } from "@/lib/csv/view-columns";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getDeathsByPeriod } from "@/lib/queries/get-deaths-by-period";
import { getTimeseries } from "@/lib/queries/get-timeseries";
import { chartOutcome, timeseriesQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const params = new URL(request.url).searchParams;
  const about = takeAboutFlag(params);
  const q = parseStrict(timeseriesQuerySchema, params);
  const outcome = chartOutcome(q.outcome);
  const name = csvFileName("timeseries", q, { bin: q.bin, outcome });
  if (about) {
    const title = q.dataset.length > 0 ? overlayChartTitle(outcome, q.bin, q.dataset) : sideChartTitle(outcome, q.bin);
    return csvAboutResponse(request, { view: "timeseries", fileName: name, filters: q, settings: { outcome, bin: q.bin, placement: q.placement }, title });
  }
  if (q.dataset.length > 0) return csvResponse(name, OVERLAY_COLUMNS, single(overlayLines(await getTimeseries(q, q.bin, outcome, q.placement), outcome)));
  const series = await getDeathsByPeriod(q, q.bin, outcome);
  return csvResponse(name, TIMESERIES_COLUMNS, single(series.points.map((p) => ({ ...p, outcome }))));
});
