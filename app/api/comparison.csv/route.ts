// GET /api/comparison.csv - the comparison table as CSV (every page, in the table's order)
import { csvResponse } from "@/lib/csv/csv-response";
import { csvFileName } from "@/lib/csv/file-name";
import { comparisonColumns } from "@/lib/csv/view-columns";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getComparison } from "@/lib/queries/get-comparison";
import { comparisonQuerySchema, type ComparisonQueryParams } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

const BATCH = 500;

async function* pages(q: ComparisonQueryParams) {
  for (let page = 1; ; page++) {
    const { rows } = await getComparison(q, { ...q, page, pageSize: BATCH });
    if (rows.length) yield rows;
    if (rows.length < BATCH) return;
  }
}

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(comparisonQuerySchema, new URL(request.url).searchParams);
  // The source columns are those of the whole result, so every row has the same cells.
  const { sources } = await getComparison(q, { ...q, page: 1, pageSize: 500 });
  return csvResponse(csvFileName("comparison", q, { by: q.by }), comparisonColumns(sources), pages(q));
});
