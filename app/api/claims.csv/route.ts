// GET /api/claims.csv - every claim matching the filters, streamed
import { csvResponse } from "@/lib/csv/csv-response";
import { csvFileName } from "@/lib/csv/file-name";
import { CLAIM_COLUMNS } from "@/lib/csv/view-columns";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { streamClaims } from "@/lib/queries/list-claims";
import { claimsQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(claimsQuerySchema, new URL(request.url).searchParams);
  return csvResponse(csvFileName("claims", q), CLAIM_COLUMNS, streamClaims(q));
});
