// POST /api/events/[id]/split - move some of an event's claims into a new event (editors)
import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/routes/api-route";
import { splitEvent } from "@/lib/mutations/regroup-events";
import { splitEventSchema } from "@/lib/schemas/event-edit";

export const POST = apiRoute({ access: "editor", body: splitEventSchema }, async ({ body, user, params }) => {
  const id = z.coerce.number().int().min(1).max(2_147_483_647).safeParse(params.id);
  if (!id.success) throw new ApiError(404, "not_found", `There is no event "${params.id}".`);
  return Response.json(await splitEvent(getPrisma(), id.data, body.claimIds, user!.id), { status: 201 });
});
