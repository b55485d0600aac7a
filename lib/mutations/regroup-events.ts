// Editors' corrections of the automatic grouping. Merging moves every claim of the
// other events into the first; splitting moves chosen claims into a new event.
// Both pin the claims they move and mark the events manual, so automatic grouping
// never undoes an editor's decision. One transaction and one audit row each.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { assertEventsAreNews } from "./guard-published-data";
import { refreshEventEstimates } from "./refresh-event-estimates";
import { withEstimatesLock } from "./with-estimates-lock";
import { writeAudit } from "./write-audit";

export async function mergeEvents(prisma: PrismaClient, eventIds: number[], userId: number): Promise<{ eventId: number; moved: number }> {
  const ids = [...new Set(eventIds)].sort((a, b) => a - b);
  if (ids.length < 2) throw new ApiError(400, "bad_request", "eventIds: name at least two different events to merge.");
  return withEstimatesLock(prisma, async (tx) => {
    const events = await tx.event.findMany({ where: { id: { in: ids } }, select: { id: true, scope: true, periodStart: true, periodEnd: true } });
    const missing = ids.filter((id) => !events.some((e) => e.id === id));
    if (missing.length) throw new ApiError(400, "bad_request", `eventIds: there is no event ${missing.join(", ")}.`);
    await assertEventsAreNews(tx, ids);
    if (new Set(events.map((e) => e.scope)).size > 1) throw new ApiError(400, "bad_request", "eventIds: an incident cannot be merged with a cumulative total; they are compared, never added.");
    const [target, ...others] = ids;
    const starts = events.map((e) => e.periodStart).filter((d): d is Date => !!d);
    const ends = events.map((e) => e.periodEnd).filter((d): d is Date => !!d);
    const { count } = await tx.claim.updateMany({ where: { eventId: { in: others } }, data: { eventId: target, eventPinned: true, version: { increment: 1 } } });
    await tx.claim.updateMany({ where: { eventId: target }, data: { eventPinned: true } });
    await tx.event.update({
      where: { id: target },
      data: { isManual: true, periodStart: starts.length ? new Date(Math.min(...starts.map(Number))) : null, periodEnd: ends.length ? new Date(Math.max(...ends.map(Number))) : null },
    });
    // The emptied events are refreshed too, before they go: their days' sums must drop their claims.
    await refreshEventEstimates(tx, [target, ...others]);
    await tx.event.deleteMany({ where: { id: { in: others } } });
    await writeAudit(tx, { userId, action: "merge", entityType: "event", entityId: target, before: { eventIds: ids }, after: { eventId: target, moved: count } });
    return { eventId: target, moved: count };
  });
}

export async function splitEvent(prisma: PrismaClient, eventId: number, claimIds: number[], userId: number): Promise<{ eventId: number; moved: number }> {
  return withEstimatesLock(prisma, async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, scope: true, placeId: true, periodStart: true, periodEnd: true, _count: { select: { claims: true } } } });
    if (!event) throw new ApiError(404, "not_found", `There is no event ${eventId}.`);
    await assertEventsAreNews(tx, [eventId]);
    const members = await tx.claim.findMany({ where: { id: { in: claimIds }, eventId }, select: { id: true, periodStart: true, periodEnd: true } });
    if (members.length !== new Set(claimIds).size) throw new ApiError(400, "bad_request", `claimIds: every claim must belong to event ${eventId}.`);
    if (members.length === 0 || members.length >= event._count.claims) throw new ApiError(400, "bad_request", "claimIds: choose some, but not all, of the event's claims.");
    const created = await tx.event.create({
      data: { scope: event.scope, placeId: event.placeId, isManual: true, periodStart: members[0].periodStart ?? event.periodStart, periodEnd: members[0].periodEnd ?? event.periodEnd },
      select: { id: true },
    });
    await tx.claim.updateMany({ where: { id: { in: claimIds } }, data: { eventId: created.id, eventPinned: true, version: { increment: 1 } } });
    await tx.claim.updateMany({ where: { eventId }, data: { eventPinned: true } });
    await tx.event.update({ where: { id: eventId }, data: { isManual: true } });
    await refreshEventEstimates(tx, [eventId, created.id]);
    await writeAudit(tx, { userId, action: "split", entityType: "event", entityId: eventId, before: { eventId, claimIds }, after: { newEventId: created.id } });
    return { eventId: created.id, moved: members.length };
  });
}
