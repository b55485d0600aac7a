// GET /api/claims/[id] - one claim as editors see it
// PATCH /api/claims/[id] - accept, reject, correct or move one claim (editors); 409 when someone saved first
import { getPrisma } from "@/lib/db/client";
import { getReadPrisma } from "@/lib/db/read-client";
import { ApiError } from "@/lib/http/api-error";
import { getPathIdOrThrow } from "@/lib/http/path-id";
import { apiRoute } from "@/lib/routes/api-route";
import { updateClaim } from "@/lib/mutations/update-claim";
import { findClaim } from "@/lib/queries/find-claim";
import { claimPatchSchema } from "@/lib/schemas/claim-edit";

const claimId = (raw: string | undefined) => getPathIdOrThrow(raw, "claim");

export const GET = apiRoute({ access: "read" }, async ({ params }) => {
  const claim = await findClaim(getReadPrisma(), claimId(params.id));
  if (!claim) throw new ApiError(404, "not_found", `There is no claim ${params.id}.`);
  return Response.json(claim);
});

export const PATCH = apiRoute({ access: "editor", body: claimPatchSchema }, async ({ params, body, user }) => {
  return Response.json(await updateClaim(getPrisma(), claimId(params.id), body, user!.id));
});
