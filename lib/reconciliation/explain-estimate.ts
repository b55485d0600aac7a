// How one event x side x outcome's low, best and high came about: which statements
// counted (one per claimant, the latest), which were set aside as a claimant's earlier
// word, and which counted claims give the low, the best and the high. It names the
// claims behind an estimate; the figures themselves are the stored ones (computed by
// the same rules in SQL), never recomputed for display.

import { lowerMedian, statedFigure } from "./estimate-event-side";
import { keepLatestStatementPerClaimant } from "./keep-latest-statement";
import { toNameKey } from "./name-key";
import type { ClaimInput } from "./types";

export type EstimateExplanation = {
  /** The one statement kept per claimant, ascending. */
  countedClaimIds: number[];
  /** A claimant's earlier statements, each with the later one that replaced it. */
  superseded: { claimId: number; byClaimId: number }[];
  /** Counted claims whose lower bound is the low. */
  lowFrom: number[];
  /** Counted claims whose stated figure (its high, or an open claim's low) is the high. */
  highFrom: number[];
  /** Counted claims whose point is the best (the lower median of the points). */
  bestFrom: number[];
};

/** `claims`: the non-rejected claims of one event, side and outcome. */
export function explainEstimate(claims: readonly ClaimInput[]): EstimateExplanation {
  const counted = keepLatestStatementPerClaimant(claims);
  const byClaimant = new Map(counted.map((c) => [toNameKey(c.claimant), c.id]));
  const countedIds = new Set(counted.map((c) => c.id));
  const superseded = claims
    .filter((c) => !countedIds.has(c.id))
    .map((c) => ({ claimId: c.id, byClaimId: byClaimant.get(toNameKey(c.claimant))! }))
    .sort((a, b) => a.claimId - b.claimId);
  if (counted.length === 0) return { countedClaimIds: [], superseded, lowFrom: [], highFrom: [], bestFrom: [] };
  const low = Math.min(...counted.map((c) => c.low));
  const high = Math.max(...counted.map(statedFigure));
  const best = lowerMedian(counted.map((c) => c.point));
  const ids = (keep: (c: ClaimInput) => boolean) => counted.filter(keep).map((c) => c.id);
  return {
    countedClaimIds: counted.map((c) => c.id),
    superseded,
    lowFrom: ids((c) => c.low === low),
    highFrom: ids((c) => statedFigure(c) === high),
    bestFrom: ids((c) => c.point === best),
  };
}
