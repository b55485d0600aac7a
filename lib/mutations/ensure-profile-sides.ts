import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ConflictProfile } from "@/lib/profiles/schema";

/** Writes the profile's sides (labels, colours, aliases) into the sides table; returns key -> id. */
export async function ensureProfileSides(prisma: PrismaClient, profile: ConflictProfile): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [index, side] of profile.sides.entries()) {
    const row = await prisma.side.upsert({
      where: { profileId_key: { profileId: profile.id, key: side.key } },
      create: { profileId: profile.id, key: side.key, label: side.label, colour: side.colour, aliases: side.aliases, sortOrder: index },
      update: { label: side.label, colour: side.colour, aliases: side.aliases, sortOrder: index },
      select: { id: true },
    });
    ids.set(side.key, row.id);
  }
  return ids;
}

const written = new WeakMap<PrismaClient, Map<string, Promise<Map<string, number>>>>();

/**
 * ensureProfileSides once per client and profile, for callers that write on every
 * request (POST /api/reports): the profile is fixed while the process runs, so upserting
 * its eight sides again on each request only added round trips and row locks.
 */
export function getProfileSideIds(prisma: PrismaClient, profile: ConflictProfile): Promise<Map<string, number>> {
  let byProfile = written.get(prisma);
  if (!byProfile) written.set(prisma, (byProfile = new Map()));
  let ids = byProfile.get(profile.id);
  if (!ids) {
    ids = ensureProfileSides(prisma, profile);
    byProfile.set(profile.id, ids);
    ids.catch(() => byProfile.delete(profile.id)); // a failed attempt is tried again next time
  }
  return ids;
}
