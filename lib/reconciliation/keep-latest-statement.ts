// "Repeats by the same claimant collapse to one (the latest statement wins)."

import { toNameKey } from "./name-key";
import type { ClaimInput } from "./types";

/**
 * One claim per claimant: the one from the latest report; on the same date (or with no
 * date, which counts as oldest) the higher claim id, i.e. the later extraction.
 * An outlet repeating SOHR's figure is SOHR again, so the key is the claimant, not the outlet.
 * Returned in ascending id order.
 */
export function keepLatestStatementPerClaimant(claims: readonly ClaimInput[]): ClaimInput[] {
  const latest = new Map<string, ClaimInput>();
  for (const claim of claims) {
    const key = toNameKey(claim.claimant);
    const kept = latest.get(key);
    if (kept === undefined || isLaterStatement(claim, kept)) latest.set(key, claim);
  }
  return [...latest.values()].sort((a, b) => a.id - b.id);
}

export function isLaterStatement(a: ClaimInput, b: ClaimInput): boolean {
  if (a.publishedOn !== b.publishedOn) {
    if (a.publishedOn === null) return false;
    if (b.publishedOn === null) return true;
    return a.publishedOn > b.publishedOn;
  }
  return a.id > b.id;
}
