// GET /api/claims/[id]/history.csv - the claim's audit trail as CSV (editors)
import { csvResponse, single } from "@/lib/csv/csv-response";
import { HISTORY_COLUMNS } from "@/lib/csv/view-columns";
import { getReadPrisma } from "@/lib/db/read-client";
import { getPathIdOrThrow } from "@/lib/http/path-id";
import { apiRoute } from "@/lib/routes/api-route";
import { getClaimHistory } from "@/lib/queries/get-claim-history";

export const GET = apiRoute({ access: "editor" }, async ({ params }) => {
  const id = getPathIdOrThrow(params.id, "claim");
  return csvResponse(`claim-${id}-history.csv`, HISTORY_COLUMNS, single(await getClaimHistory(getReadPrisma(), id)));
});
