// GET /api/claims/[id]/history - who changed this claim, when, and its values before and after (editors)
import { getReadPrisma } from "@/lib/db/read-client";
import { getPathIdOrThrow } from "@/lib/http/path-id";
import { apiRoute } from "@/lib/routes/api-route";
import { getClaimHistory } from "@/lib/queries/get-claim-history";

export const GET = apiRoute({ access: "editor" }, async ({ params }) => {
  const id = getPathIdOrThrow(params.id, "claim");
  return Response.json({ claimId: id, entries: await getClaimHistory(getReadPrisma(), id) });
});
