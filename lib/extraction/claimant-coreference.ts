// A claimant described by what it is ("a monitor", "the London-based monitoring
// group", "Syria's state news agency") refers to the registered claimant of that
// kind the same report names, before or after ("..., a monitor said Sunday." then
// "said Syrian Observatory director Rami Abdel Rahman").
// The words as written are kept and the entry's name is added ("a monitor (SOHR)"),
// as annotators and readers write it. A description with no such claimant in the
// report, or with two different ones, stays as written.
import type { Claimant, ClaimantKind, ConflictProfile } from "@/lib/profiles";
import { findClaimantEntry } from "@/lib/profiles/claimants";
import { describedKinds } from "./claimant-descriptions";

/** Claimants in report order, described ones resolved; returns the resolved written form and entry of each. */
export function resolveDescribedClaimants(claimants: string[], profile: ConflictProfile): { claimant: string; entry: Claimant | null }[] {
  const entries = claimants.map((c) => findClaimantEntry(profile, c));
  // The registered claimants of each kind the report names, gathered once (not per claim).
  const namedOfKind = new Map<ClaimantKind, Map<string, Claimant>>();
  for (const e of entries) if (e) namedOfKind.set(e.kind, (namedOfKind.get(e.kind) ?? new Map()).set(e.name, e));
  return claimants.map((claimant, k) => {
    if (entries[k]) return { claimant, entry: entries[k] };
    // The one claimant of the kinds the description can stand for ("agency": media or UN).
    const named = new Map(describedKinds(claimant).flatMap((kind) => [...(namedOfKind.get(kind) ?? [])]));
    // Two different monitors in one report: "a monitor" could be either.
    if (named.size !== 1) return { claimant, entry: null };
    const entry = [...named.values()][0];
    return { claimant: `${claimant} (${entry.name})`, entry };
  });
}
