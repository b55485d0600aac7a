// GET /api/claims.csv - every claim matching the filters, streamed from PostgreSQL's COPY
import { copyCsvResponse } from "@/lib/csv/copy-csv-response";
import { csvFileName } from "@/lib/csv/file-name";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { claimsCsvSql } from "@/lib/csv/claims-csv-sql";
import { claimsQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(claimsQuerySchema, new URL(request.url).searchParams);
  return copyCsvResponse(csvFileName("claims", q), claimsCsvSql(q));
});
