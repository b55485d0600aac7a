// The editors' trail of one event: the ingest of each report its claims came from,
// every review, correction, move and hand-added claim of those claims, and the
// merges and splits that shaped the event, oldest first. Who did it is named to
// signed-in editors only (the claim history API is editors-only for that reason);
// visitors see that an editor did, and what changed.
import "server-only";
import { getReadPrisma } from "@/lib/db/read-client";

export type EventHistoryChange = { field: string; before: unknown; after: unknown };
export type EventHistoryEntry = {
  at: string;
  /** The editor's e-mail for editors, "an editor" for visitors; null when no account made it (the command line). */
  user: string | null;
  action: string;
  entityType: "claim" | "event" | "report";
  entityId: number;
  /** The fields a claim's change altered; for other entries what was recorded. */
  changes: EventHistoryChange[];
};

export const EVENT_HISTORY_LIMIT = 200;

/** Bookkeeping that changes on every write and says nothing to a reader. */
const UNTELLING = new Set(["version", "updatedAt"]);

type Json = Record<string, unknown> | null;

function changesOf(before: Json, after: Json): EventHistoryChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((f) => !UNTELLING.has(f));
  return fields
    .filter((f) => JSON.stringify(before?.[f] ?? null) !== JSON.stringify(after?.[f] ?? null))
    .map((f) => ({ field: f, before: before?.[f] ?? null, after: after?.[f] ?? null }));
}

export async function getEventHistory(eventId: number, options: { showEditors: boolean }): Promise<EventHistoryEntry[]> {
  const prisma = getReadPrisma();
  // Rejected claims too: that an editor rejected one is part of the event's story.
  const members = await prisma.claim.findMany({ where: { eventId }, select: { id: true, reportId: true } });
  const claimIds = members.map((m) => m.id);
  const reportIds = [...new Set(members.map((m) => m.reportId))];
  const rows = await prisma.auditEntry.findMany({
    where: {
      OR: [
        { entityType: "claim", entityId: { in: claimIds } },
        { entityType: "report", action: "ingest", entityId: { in: reportIds } },
        { entityType: "event", entityId: eventId },
        // An event made by a split: the split is recorded on the event it came from.
        { entityType: "event", action: "split", after: { path: ["newEventId"], equals: eventId } },
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: EVENT_HISTORY_LIMIT,
    select: { createdAt: true, action: true, entityType: true, entityId: true, before: true, after: true, user: { select: { email: true } } },
  });
  return rows.map((r) => ({
    at: r.createdAt.toISOString(),
    user: r.user ? (options.showEditors ? r.user.email : "an editor") : null,
    action: r.action,
    entityType: r.entityType as EventHistoryEntry["entityType"],
    entityId: r.entityId,
    changes: r.entityType === "claim" && r.before && r.after ? changesOf(r.before as Json, r.after as Json) : changesOf(null, (r.after ?? r.before) as Json),
  }));
}
