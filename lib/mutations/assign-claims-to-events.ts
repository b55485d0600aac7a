// Puts newly stored claims into events as they arrive, so the dashboard never has
// to regroup a million claims. The rule (docs/domain.md, "From claims to estimates"):
// claims of the same scope whose periods overlap, at the same place, describe the
// same happening. A claim with no place joins the one event of its period when
// there is exactly one; otherwise it opens its own. Undated claims join nothing:
// they are listed, not charted. Editors' events (is_manual) are joined like any
// other, but their pinned claims are never moved by this code.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type ClaimToPlace = { id: number; scope: "incident" | "cumulative"; placeId: number | null; periodStart: Date | null; periodEnd: Date | null };

export async function assignClaimsToEvents(tx: Tx, claims: ClaimToPlace[]): Promise<number[]> {
  // One grouping at a time: two reports about the same happening, ingested at once,
  // must not open two events. Held to the end of the transaction.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707370)`;
  const touched = new Set<number>();
  for (const claim of claims) {
    if (!claim.periodStart || !claim.periodEnd) continue;
    const eventId = (await findEvent(tx, claim)) ?? (await createEvent(tx, claim));
    await tx.claim.update({ where: { id: claim.id }, data: { eventId }, select: { id: true } });
    touched.add(eventId);
  }
  return [...touched];
}

// Overlap is tested on the period as a range, so the partial GiST indexes on
// events (one per scope; the scope is spelled out for the planner to use them) find
// the few events of those days instead of scanning every earlier event.
async function findEvent(tx: Tx, claim: ClaimToPlace): Promise<number | null> {
  const scope = claim.scope === "cumulative" ? Prisma.sql`'cumulative'` : Prisma.sql`'incident'`;
  const overlaps = Prisma.sql`scope = ${scope} AND daterange(period_start, period_end, '[]') && daterange(${claim.periodStart}::date, ${claim.periodEnd}::date, '[]')`;
  const [samePlace] = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM events WHERE ${overlaps} AND place_id IS NOT DISTINCT FROM ${claim.placeId}::int ORDER BY id LIMIT 1`;
  if (samePlace) return samePlace.id;
  if (claim.placeId !== null) return null;
  const candidates = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM events WHERE ${overlaps} ORDER BY id LIMIT 2`;
  return candidates.length === 1 ? candidates[0].id : null;
}

async function createEvent(tx: Tx, claim: ClaimToPlace): Promise<number> {
  const event = await tx.event.create({
    data: { scope: claim.scope, placeId: claim.placeId, periodStart: claim.periodStart, periodEnd: claim.periodEnd },
    select: { id: true },
  });
  return event.id;
}
