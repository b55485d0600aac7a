// GET /api/claims/[id]/history - who changed this claim, when, and its values before and after (editors)
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/routes/api-route";
import { getClaimHistory } from "@/lib/queries/get-claim-history";

export const GET = apiRoute({ access: "editor" }, async ({ params }) => {
  const id = z.coerce.number().int().min(1).max(2_147_483_647).safeParse(params.id);
  if (!id.success) throw new ApiError(404, "not_found", `There is no claim "${params.id}".`);
  return Response.json({ claimId: id.data, entries: await getClaimHistory(getPrisma(), id.data) });
});
