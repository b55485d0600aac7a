// An editor's review of one claim: accept, reject, correct, or move it to another
// event. The edit carries the version it was made on; if someone saved first, the
// update matches no row and the editor gets 409 with the other person's version.
// The change and its audit row are one transaction, under the estimates lock.
// A corrected count wins over the vague-word convention (count_corrected); a
// corrected period, place or scope re-groups the claim as ingest would, unless an
// editor pinned it to its event.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import type { ClaimPatch } from "@/lib/schemas/claim-edit";
import { CORRECTABLE_FIELDS } from "@/lib/schemas/claim-edit";
import { CLAIM_DETAIL_SELECT, findClaim, toClaimDetail, type ClaimDetail } from "@/lib/queries/find-claim";
import { assertEventsExist } from "./assert-events-exist";
import { assertClaimIsNews, assertEventsAreNews } from "./guard-published-data";
import { claimantIdFor, placeIdFor, sideIdFor } from "./resolve-claim-refs";
import { refreshEventEstimates } from "./refresh-event-estimates";
import { regroupClaim } from "./regroup-claim";
import { withEstimatesLock } from "./with-estimates-lock";
import { writeAudit } from "./write-audit";

export class StaleEditError extends ApiError {
  constructor(readonly current: ClaimDetail) {
    super(409, "conflict", `Someone else saved this claim first (now version ${current.version}). Review their change, then edit again.`, { current });
  }
}

const toDate = (d: string | null | undefined) => (d === undefined ? undefined : d === null ? null : new Date(`${d}T00:00:00Z`));

export async function updateClaim(prisma: PrismaClient, id: number, patch: ClaimPatch, userId: number): Promise<ClaimDetail> {
  return withEstimatesLock(prisma, async (tx) => {
    const before = await findClaim(tx, id);
    if (!before) throw new ApiError(404, "not_found", `There is no claim ${id}.`);
    await assertClaimIsNews(tx, id);
    if (patch.eventId) await assertEventsAreNews(tx, [patch.eventId]);
    const merged = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as ClaimDetail;
    if (merged.high !== null && merged.high < merged.low) throw new ApiError(400, "bad_request", "high: must not be below low");
    if (merged.periodStart && merged.periodEnd && merged.periodEnd < merged.periodStart) throw new ApiError(400, "bad_request", "periodEnd: must not be before periodStart");

    const changed = (f: keyof ClaimPatch & keyof ClaimDetail) => patch[f] !== undefined && patch[f] !== before[f];
    const corrected = CORRECTABLE_FIELDS.some((f) => changed(f as keyof ClaimPatch & keyof ClaimDetail));
    const movesInTime = ["periodStart", "periodEnd", "scope", "location"].some((f) => changed(f as keyof ClaimPatch & keyof ClaimDetail));
    const data: Prisma.ClaimUncheckedUpdateManyInput = {
      version: { increment: 1 },
      reviewStatus: patch.reviewStatus ?? (corrected ? "corrected" : undefined),
      outcome: patch.outcome,
      qualifier: patch.qualifier,
      low: patch.low,
      high: patch.high,
      point: patch.low !== undefined || patch.high !== undefined ? pointOf(merged) : undefined,
      countCorrected: changed("low") || changed("high") ? true : undefined,
      scope: patch.scope,
      periodStart: toDate(patch.periodStart),
      periodEnd: toDate(patch.periodEnd),
      sideId: patch.side !== undefined ? await sideIdFor(tx, patch.side) : undefined,
      claimantId: patch.claimant !== undefined ? await claimantIdFor(tx, patch.claimant) : undefined,
      placeId: patch.location !== undefined ? await placeIdFor(tx, patch.location) : undefined,
      placeText: patch.location,
      ...(patch.eventId !== undefined ? { eventId: patch.eventId, eventPinned: patch.eventId !== null } : {}),
    };
    if (patch.eventId) await assertEventsExist(tx, [patch.eventId], "eventId");
    const { count } = await tx.claim.updateMany({ where: { id, version: patch.version }, data });
    if (count === 0) throw new StaleEditError((await findClaim(prisma, id)) ?? before);
    // Where ingest would put the claim now; an event the editor chose (now or before) stays.
    const regrouped = movesInTime && patch.eventId === undefined && !before.eventPinned ? await regroupClaim(tx, id) : null;
    const after = toClaimDetail(await tx.claim.findUniqueOrThrow({ where: { id }, select: CLAIM_DETAIL_SELECT }));
    await refreshEventEstimates(tx, [before.eventId, after.eventId].filter((e): e is number => e !== null));
    if (regrouped?.emptied) await tx.event.delete({ where: { id: regrouped.emptied } });
    await writeAudit(tx, { userId, action: patch.reviewStatus && !corrected ? patch.reviewStatus : "correct", entityType: "claim", entityId: id, before, after });
    return after;
  });
}

/** The point of a corrected count: the lower middle of a range, else its low (or the top of "up to"). */
function pointOf(c: ClaimDetail): number {
  if (c.qualifier === "at_most" && c.high !== null) return c.high;
  if (c.high !== null && c.high !== c.low) return Math.floor((c.low + c.high) / 2);
  return c.low;
}
