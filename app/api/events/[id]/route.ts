// GET /api/events/[id] - one event: period, place, scope, each side's low/best/high and the claims behind it, the data sets' rows for its place and month, its history
import { parseStrict } from "@/lib/filters/parse-search-params";
import { ApiError } from "@/lib/http/api-error";
import { getStrictPathIdOrThrow } from "@/lib/http/path-id";
import { apiRoute } from "@/lib/routes/api-route";
import { findEventRecord } from "@/lib/queries/find-event-record";
import { eventQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request, params, user }) => {
  const id = getStrictPathIdOrThrow(params.id, "event", "/api/events/12");
  const q = parseStrict(eventQuerySchema, new URL(request.url).searchParams);
  const event = await findEventRecord(id, q.convention, { showEditors: user !== null });
  if (!event) throw new ApiError(404, "not_found", `There is no event ${id}: it may have been merged into another or emptied by an editor.`);
  return Response.json(event);
});
