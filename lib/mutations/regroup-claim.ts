// A claim whose period, place or scope an editor corrected goes where ingest would
// put it now (findEventToJoin against today's events), or a new one; an undated claim
// leaves its event (listed, not charted). The event it leaves is removed when no
// claim is left in it. The caller refreshes both events' estimates.
import "server-only";
import { assignClaimsToEvents, CLAIM_TO_PLACE_SELECT } from "./assign-claims-to-events";
import type { EstimatesTx } from "./with-estimates-lock";

export async function regroupClaim(tx: EstimatesTx, claimId: number): Promise<{ emptied: number | null }> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { ...CLAIM_TO_PLACE_SELECT, eventId: true } });
  // Undated, it joins nothing (assignClaimsToEvents skips it) and so leaves its event.
  await tx.claim.update({ where: { id: claimId }, data: { eventId: null }, select: { id: true } });
  await assignClaimsToEvents(tx, [claim]);
  const now = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { eventId: true } });
  if (claim.eventId === null || now.eventId === claim.eventId) return { emptied: null };
  const left = await tx.claim.count({ where: { eventId: claim.eventId } });
  return { emptied: left === 0 ? claim.eventId : null };
}
