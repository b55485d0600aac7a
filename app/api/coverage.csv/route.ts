// GET /api/coverage.csv - one of the coverage view's tables as CSV: `table=month` (default; a column per outlet) or `table=place`
import { csvResponse, single } from "@/lib/csv/csv-response";
import { coverageMonthColumns, COVERAGE_PLACE_COLUMNS } from "@/lib/csv/coverage-columns";
import { csvFileName } from "@/lib/filters/download-file-name";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getCoverageByMonth } from "@/lib/queries/get-coverage-by-month";
import { getCoverageByPlace } from "@/lib/queries/get-coverage-by-place";
import { chartOutcome, coverageCsvQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(coverageCsvQuerySchema, new URL(request.url).searchParams);
  const outcome = chartOutcome(q.outcome);
  const name = csvFileName("coverage", q, { by: q.table, outcome });
  if (q.table === "place") return csvResponse(name, COVERAGE_PLACE_COLUMNS, single(await getCoverageByPlace(q, outcome)));
  const coverage = await getCoverageByMonth(q, outcome);
  return csvResponse(name, coverageMonthColumns(coverage.outlets.map((o) => o.name)), single(coverage.months));
});
