// Puts newly stored claims into events as they arrive, so the dashboard never has
// to regroup a million claims. The rule (docs/domain.md, "From claims to estimates"):
// claims of the same scope whose periods overlap, at the same place, describe the
// same happening. A claim with no place joins the one event of its period when
// there is exactly one; otherwise it opens its own. Undated claims join nothing:
// they are listed, not charted. Editors' events (is_manual) are joined like any
// other, but their pinned claims are never moved by this code.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/claim-vocabulary";
import type { EstimatesTx } from "./with-estimates-lock";

type Tx = Prisma.TransactionClient;

export type ClaimToPlace = { id: number; scope: Scope; placeId: number | null; periodStart: Date | null; periodEnd: Date | null };

export async function assignClaimsToEvents(tx: EstimatesTx, claims: ClaimToPlace[]): Promise<number[]> {
  // One grouping at a time: two reports about the same happening, ingested at once,
  // must not open two events. The estimates lock the transaction holds sees to it.
  const touched = new Set<number>();
  for (const claim of claims) {
    if (!claim.periodStart || !claim.periodEnd) continue;
    const eventId = (await findEvent(tx, claim)) ?? (await createEvent(tx, claim));
    await tx.claim.update({ where: { id: claim.id }, data: { eventId }, select: { id: true } });
    touched.add(eventId);
  }
  return [...touched];
}

// Overlap is tested on the period as a range, through the partial GiST indexes on
// news events (one per scope; scope and dataset_id are spelled out so the planner
// can use them: a data set's rows are events of their own, never joined). The
// overlapping events are gathered first (MATERIALIZED), or the planner walks the
// primary key in id order looking for them.
async function findEvent(tx: Tx, claim: ClaimToPlace): Promise<number | null> {
  const scope = claim.scope === "cumulative" ? Prisma.sql`'cumulative'` : Prisma.sql`'incident'`;
  const [found] = await tx.$queryRaw<{ same_place: number | null; candidates: number; first: number | null }[]>`
    WITH overlapping AS MATERIALIZED (
      SELECT id, place_id FROM events
      WHERE scope = ${scope} AND dataset_id IS NULL AND daterange(period_start, period_end, '[]') && daterange(${claim.periodStart}::date, ${claim.periodEnd}::date, '[]')
    )
    SELECT (SELECT min(id) FROM overlapping WHERE place_id IS NOT DISTINCT FROM ${claim.placeId}::int) AS same_place,
           (SELECT count(*)::int FROM overlapping) AS candidates,
           (SELECT min(id) FROM overlapping) AS first`;
  if (found?.same_place) return found.same_place;
  if (claim.placeId === null && found?.candidates === 1) return found.first;
  return null;
}

async function createEvent(tx: Tx, claim: ClaimToPlace): Promise<number> {
  const event = await tx.event.create({
    data: { scope: claim.scope, placeId: claim.placeId, periodStart: claim.periodStart, periodEnd: claim.periodEnd },
    select: { id: true },
  });
  return event.id;
}
