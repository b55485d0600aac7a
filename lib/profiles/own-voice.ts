// An outlet speaking in its own voice is not "citing" anyone: "Syrian Observatory
// for Human Rights" and the claimant "SOHR" are one source.
import { findClaimantEntry } from "./claimants";
import type { ConflictProfile } from "./schema";

export function isOwnVoice(profile: ConflictProfile, outlet: string, claimant: string): boolean {
  const o = outlet.trim().toLowerCase();
  const c = claimant.trim().toLowerCase();
  if (o === c) return true;
  const [outletEntry, claimantEntry] = [findClaimantEntry(profile, outlet), findClaimantEntry(profile, claimant)];
  return !!outletEntry && outletEntry === claimantEntry;
}
