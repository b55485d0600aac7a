// GET /api/claims.csv - every claim matching the filters, streamed from PostgreSQL's COPY; `about=1`: its companion text
import { takeAboutFlag } from "@/lib/csv/about-flag";
import { csvAboutResponse } from "@/lib/routes/csv-about";
import { copyCsvResponse } from "@/lib/csv/copy-csv-response";
import { csvFileName } from "@/lib/filters/download-file-name";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { claimsCsvSql } from "@/lib/csv/claims-csv-sql";
import { claimsQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const params = new URL(request.url).searchParams;
  const about = takeAboutFlag(params);
  const q = parseStrict(claimsQuerySchema, params);
  if (about) return csvAboutResponse(request, { view: "claims", fileName: csvFileName("claims", q), filters: q });
  return copyCsvResponse(csvFileName("claims", q), claimsCsvSql(q));
});
