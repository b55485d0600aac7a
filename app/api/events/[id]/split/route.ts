// POST /api/events/[id]/split - move some of an event's claims into a new event (editors)
import { getPrisma } from "@/lib/db/client";
import { getPathIdOrThrow } from "@/lib/http/path-id";
import { apiRoute } from "@/lib/routes/api-route";
import { splitEvent } from "@/lib/mutations/regroup-events";
import { splitEventSchema } from "@/lib/schemas/event-edit";

export const POST = apiRoute({ access: "editor", body: splitEventSchema }, async ({ body, user, params }) => {
  const id = getPathIdOrThrow(params.id, "event");
  return Response.json(await splitEvent(getPrisma(), id, body.claimIds, user!.id), { status: 201 });
});
