// Names an editor typed (a side key, a claimant, a place) turned into the rows a
// claim points to, creating claimants and places on first use.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { getProfile } from "@/lib/profiles";
import { resolvePlaceName } from "@/lib/profiles/resolve-place-name";

type Tx = Prisma.TransactionClient;

export async function sideIdFor(tx: Tx, key: string): Promise<number> {
  const profile = getProfile();
  const side = await tx.side.findUnique({ where: { profileId_key: { profileId: profile.id, key } }, select: { id: true } });
  if (!side) throw new ApiError(400, "bad_request", `side: "${key}" is not a side of the ${profile.label} profile (${profile.sides.map((s) => s.key).join(", ")}).`);
  return side.id;
}

export async function claimantIdFor(tx: Tx, name: string): Promise<number> {
  const row = await tx.claimant.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
  return row.id;
}

export async function placeIdFor(tx: Tx, written: string | null): Promise<number | null> {
  if (!written) return null;
  const place = resolvePlaceName(getProfile(), written);
  const row = await tx.place.upsert({ where: { name: place.name }, create: { name: place.name, kind: place.kind, aliases: place.aliases }, update: {}, select: { id: true } });
  return row.id;
}
