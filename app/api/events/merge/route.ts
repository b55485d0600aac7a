// POST /api/events/merge - put the claims of several events into one (editors)
import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/routes/api-route";
import { mergeEvents } from "@/lib/mutations/regroup-events";
import { mergeEventsSchema } from "@/lib/schemas/event-edit";

export const POST = apiRoute({ access: "editor", body: mergeEventsSchema }, async ({ body, user }) =>
  Response.json(await mergeEvents(getPrisma(), body.eventIds, user!.id)),
);
