// GET /api/claims/[id]/history.csv - the claim's audit trail as CSV (editors)
import { z } from "zod";
import { csvResponse, single } from "@/lib/csv/csv-response";
import { HISTORY_COLUMNS } from "@/lib/csv/view-columns";
import { getPrisma } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/routes/api-route";
import { getClaimHistory } from "@/lib/queries/get-claim-history";

export const GET = apiRoute({ access: "editor" }, async ({ params }) => {
  const id = z.coerce.number().int().min(1).max(2_147_483_647).safeParse(params.id);
  if (!id.success) throw new ApiError(404, "not_found", `There is no claim "${params.id}".`);
  return csvResponse(`claim-${id.data}-history.csv`, HISTORY_COLUMNS, single(await getClaimHistory(getPrisma(), id.data)));
});
