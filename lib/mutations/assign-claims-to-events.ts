// Puts newly stored claims into events as they arrive, so the dashboard never has
// to regroup a million claims. The rule (docs/domain.md, "From claims to estimates"):
// claims of the same scope whose periods overlap, at the same place, describe the
// same happening. A claim with no place joins the one event of its period when
// there is exactly one; otherwise it opens its own. Undated claims join nothing:
// they are listed, not charted. Editors' events (is_manual) are joined like any
// other, but their pinned claims are never moved by this code.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

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

async function findEvent(tx: Tx, claim: ClaimToPlace): Promise<number | null> {
  const candidates = await tx.event.findMany({
    where: { scope: claim.scope, periodStart: { lte: claim.periodEnd! }, periodEnd: { gte: claim.periodStart! } },
    select: { id: true, placeId: true },
    orderBy: { id: "asc" },
    take: 50,
  });
  const samePlace = candidates.find((e) => e.placeId === claim.placeId);
  if (samePlace) return samePlace.id;
  if (claim.placeId === null && candidates.length === 1) return candidates[0].id;
  return null;
}

async function createEvent(tx: Tx, claim: ClaimToPlace): Promise<number> {
  const event = await tx.event.create({
    data: { scope: claim.scope, placeId: claim.placeId, periodStart: claim.periodStart, periodEnd: claim.periodEnd },
    select: { id: true },
  });
  return event.id;
}
