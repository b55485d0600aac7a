import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { getProfile } from "@/lib/profiles";
import { findClaimantEntry } from "@/lib/profiles/claimants";

/** A claimant as stored, with its claims and, when the registry knows it, its entry. */
export type ClaimantRow = { name: string; claims: number; registered: boolean; kind: string | null; side: string | null };

/**
 * Every claimant of news claims with its claim count, those the profile's claimant
 * registry does not know first (most claims first): what editors should add to it.
 * Counted in SQL per claimant (an index on claims.claimant_id fits the GROUP BY);
 * the registry lookup is done on the few hundred names that come back.
 */
export async function listClaimants(limit = 500): Promise<ClaimantRow[]> {
  const rows = await readSql<{ name: string; claims: number }[]>(Prisma.sql`
    SELECT cl.name, count(*)::int AS claims
    FROM claims c JOIN claimants cl ON cl.id = c.claimant_id
    WHERE c.review_status <> 'rejected' AND c.outlet_id NOT IN (SELECT id FROM outlets WHERE kind = 'dataset')
    GROUP BY cl.name ORDER BY claims DESC, cl.name LIMIT ${limit}`);
  const profile = getProfile();
  return rows
    .map((r) => {
      const entry = findClaimantEntry(profile, r.name);
      return { name: r.name, claims: r.claims, registered: !!entry, kind: entry?.kind ?? null, side: entry?.side ?? null };
    })
    .sort((a, b) => Number(a.registered) - Number(b.registered) || b.claims - a.claims || a.name.localeCompare(b.name));
}
