// An editor's request names events as they were when the page was drawn; another
// editor may have merged one away, or emptied it, since. That is a conflict with a
// newer state (409: reload and choose again), not a malformed request: only an id
// the database never issued is a 400 (or a 404 in a path).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";

export async function assertEventsExist(tx: Prisma.TransactionClient, eventIds: number[], field: string, neverIssued: 400 | 404 = 400): Promise<void> {
  const found = await tx.event.findMany({ where: { id: { in: eventIds } }, select: { id: true } });
  const missing = eventIds.filter((id) => !found.some((e) => e.id === id));
  if (missing.length === 0) return;
  const [seq] = await tx.$queryRaw<{ last: number | null }[]>`SELECT CASE WHEN is_called THEN last_value::int END AS last FROM events_id_seq`;
  const gone = missing.filter((id) => seq?.last != null && id <= seq.last);
  if (gone.length) throw new ApiError(409, "conflict", `Event ${gone.join(", ")} no longer exists: another editor merged or emptied it. Reload and choose again.`);
  if (neverIssued === 404) throw new ApiError(404, "not_found", `There is no event ${missing.join(", ")}.`);
  throw new ApiError(400, "bad_request", `${field}: there is no event ${missing.join(", ")}.`);
}
