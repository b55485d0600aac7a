// GET /api/comparison.csv - the comparison table as CSV (every page, in the table's order, cells as on screen); `about=1`: its companion text
import { takeAboutFlag } from "@/lib/csv/about-flag";
import { csvAboutResponse } from "@/lib/routes/csv-about";
import { csvResponse } from "@/lib/csv/csv-response";
import { csvFileName } from "@/lib/filters/download-file-name";
import { pageBatches } from "@/lib/csv/page-batches";
import { comparisonColumns, monthPlaceColumns } from "@/lib/csv/view-columns";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getComparison, type SourceKind } from "@/lib/queries/get-comparison";
import { getDatasetSplits } from "@/lib/queries/get-dataset-splits";
import { getMonthPlaceComparison } from "@/lib/queries/get-month-place-comparison";
import { chartOutcome, comparisonQuerySchema, resolveComparisonQuery, type ComparisonQueryParams } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

const BATCH = 500;

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const params = new URL(request.url).searchParams;
  const about = takeAboutFlag(params);
  const q: ComparisonQueryParams = resolveComparisonQuery(parseStrict(comparisonQuerySchema, params));
  if (about) {
    const outcome = q.by === "month-place" ? chartOutcome(q.outcome) : undefined;
    const fileName = csvFileName("comparison", q, q.by === "month-place" ? { by: q.by, outcome: outcome! } : { by: q.by });
    return csvAboutResponse(request, { view: "comparison", fileName, filters: q, settings: { outcome, by: q.by } });
  }
  if (q.by === "month-place") {
    const outcome = chartOutcome(q.outcome);
    return csvResponse(
      csvFileName("comparison", q, { by: q.by, outcome }),
      monthPlaceColumns(q.dataset, await getDatasetSplits(q.dataset)),
      pageBatches((page, pageSize) => getMonthPlaceComparison(q, outcome, { ...q, page, pageSize }), BATCH, (rows) => rows),
    );
  }
  const by: SourceKind = q.by;
  // As on screen: every source's figure in one cell, and a column of its own for each source picked (`column`).
  return csvResponse(csvFileName("comparison", q, { by }), comparisonColumns(q.column), pageBatches((page, pageSize) => getComparison(q, { ...q, by, page, pageSize }), BATCH, (rows) => rows));
});
