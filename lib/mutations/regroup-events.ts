// Editors' corrections of the automatic grouping. Merging moves every claim of the
// other events into the first; splitting moves chosen claims into a new event.
// Both pin the claims they move and mark the events manual, so automatic grouping
// never undoes an editor's decision. One transaction and one audit row each.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { assertEventsExist } from "./assert-events-exist";
import { assertEventsAreNews } from "./guard-published-data";
import { refreshEventEstimates } from "./refresh-event-estimates";
import { withEstimatesLock } from "./with-estimates-lock";
import { writeAudit } from "./write-audit";

export async function mergeEvents(prisma: PrismaClient, eventIds: number[], userId: number): Promise<{ eventId: number; moved: number }> {
  const ids = [...new Set(eventIds)].sort((a, b) => a - b);
  if (ids.length < 2) throw new ApiError(400, "bad_request", "eventIds: name at least two different events to merge.");
  return withEstimatesLock(prisma, async (tx) => {
    await assertEventsExist(tx, ids, "eventIds");
    const events = await tx.event.findMany({ where: { id: { in: ids } }, select: { id: true, scope: true, periodStart: true, periodEnd: true } });
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
    await assertEventsExist(tx, [eventId], "eventId", 404);
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { id: true, scope: true, placeId: true, periodStart: true, periodEnd: true, _count: { select: { claims: true } } } });
    await assertEventsAreNews(tx, [eventId]);
    const members = await tx.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, eventId: true, periodStart: true, periodEnd: true } });
    if (members.length !== new Set(claimIds).size) throw new ApiError(400, "bad_request", `claimIds: every claim must belong to event ${eventId}.`);
    // Claims that were in the event when the editor chose them, and have been moved since, are a conflict.
    const movedAway = members.filter((c) => c.eventId !== eventId);
    if (movedAway.length) throw new ApiError(409, "conflict", `Claim ${movedAway.map((c) => c.id).join(", ")} is no longer in event ${eventId}: another editor moved it. Reload and choose again.`);
    if (members.length === 0) throw new ApiError(400, "bad_request", "claimIds: choose some, but not all, of the event's claims.");
    if (members.length >= event._count.claims) throw new ApiError(409, "conflict", `Those are all of event ${eventId}'s claims now (another editor may have moved the others): choose some, but not all.`);
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
