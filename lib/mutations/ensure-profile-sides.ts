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
