// GET /api/comparison.csv - the comparison table as CSV (every page, in the table's order); `about=1`: its companion text
import { takeAboutFlag } from "@/lib/csv/about-flag";
import { csvAboutResponse } from "@/lib/routes/csv-about";
import { csvResponse } from "@/lib/csv/csv-response";
import { csvFileName } from "@/lib/csv/file-name";
import { comparisonColumns, monthPlaceColumns } from "@/lib/csv/view-columns";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getComparison, type SourceKind } from "@/lib/queries/get-comparison";
import { getMonthPlaceComparison } from "@/lib/queries/get-month-place-comparison";
import { chartOutcome, comparisonQuerySchema, type ComparisonQueryParams } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

const BATCH = 500;

async function* pages<T>(load: (page: number) => Promise<{ rows: T[] }>) {
  for (let page = 1; ; page++) {
    const { rows } = await load(page);
    if (rows.length) yield rows;
    if (rows.length < BATCH) return;
  }
}

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const params = new URL(request.url).searchParams;
  const about = takeAboutFlag(params);
  const q: ComparisonQueryParams = parseStrict(comparisonQuerySchema, params);
  if (about) {
    const outcome = q.by === "month-place" ? chartOutcome(q.outcome) : undefined;
    const fileName = csvFileName("comparison", q, q.by === "month-place" ? { by: q.by, outcome: outcome! } : { by: q.by });
    return csvAboutResponse(request, { view: "comparison", fileName, filters: q, settings: { outcome, by: q.by } });
  }
  if (q.by === "month-place") {
    const outcome = chartOutcome(q.outcome);
    return csvResponse(
      csvFileName("comparison", q, { by: q.by, outcome }),
      monthPlaceColumns(q.dataset),
      pages((page) => getMonthPlaceComparison(q, outcome, { ...q, page, pageSize: BATCH })),
    );
  }
  const by: SourceKind = q.by;
  // The source columns are those of the whole result, so every row has the same cells.
  const { sources } = await getComparison(q, { ...q, by, page: 1, pageSize: 500 });
  return csvResponse(csvFileName("comparison", q, { by }), comparisonColumns(sources), pages((page) => getComparison(q, { ...q, by, page, pageSize: BATCH })));
});
