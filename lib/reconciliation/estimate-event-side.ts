// One event x side x outcome: what the claimants said, reduced to low, best and high.

import { keepLatestStatementPerClaimant } from "./keep-latest-statement";
import { toNameKey } from "./name-key";
import type { ClaimInput, EstimateOptions, EventSideEstimate } from "./types";

/**
 * Estimates one event x side x outcome from its claims (the caller picks them).
 * Cumulative and rejected claims are ignored; null when no incident claim is left,
 * because no figure is not a figure of 0.
 *
 * - low: the smallest lower bound among claimants.
 * - high: the largest stated figure. A closed claim states its high; an open one
 *   ("at least 71", "dozens") states its low, the only number it gives. `highOpen` when
 *   an open claim states that largest figure, even if a closed claim ties it: someone
 *   said "or more", so the top stays open ("30-71+").
 * - best: the preferred claimant's point when it spoke, else the median of the
 *   claimants' points, the lower middle one on an even count.
 * - disputed: see isDisputedRange.
 */
export function estimateEventSide(
  claims: readonly ClaimInput[],
  options: EstimateOptions = {},
): EventSideEstimate | null {
  const considered = claims.filter((c) => c.scope === "incident" && c.reviewStatus !== "rejected");
  if (considered.length === 0) return null;
  const kept = keepLatestStatementPerClaimant(considered);

  const low = Math.min(...kept.map((c) => c.low));
  const high = Math.max(...kept.map(statedFigure));
  const highOpen = kept.some((c) => c.high === null && statedFigure(c) === high);
  return {
    low,
    best: bestPoint(kept, options.preferredClaimant),
    high,
    highOpen,
    disputed: isDisputedRange(low, high, kept.length),
    claimantCount: kept.length,
    claimCount: considered.length,
    usedClaimIds: kept.map((c) => c.id),
    vague: kept.some((c) => c.qualifier === "vague"),
  };
}

/** The largest number a claim puts forward: its high, or for an open claim its low. */
export function statedFigure(claim: Pick<ClaimInput, "low" | "high">): number {
  return claim.high ?? claim.low;
}

/**
 * Disputed when claimants are a factor of two or more apart: high >= 2 x low.
 * It takes two claimants to dispute, so a lone "up to 70" (low 1) is uncertain, not disputed.
 * With low 0 the rule holds for any high above 0 ("none" against "5" is disputed);
 * all claimants saying 0 agree.
 */
export function isDisputedRange(low: number, high: number, claimantCount: number): boolean {
  return claimantCount >= 2 && high > 0 && high >= 2 * low;
}

function bestPoint(kept: readonly ClaimInput[], preferredClaimant: string | undefined): number {
  if (preferredClaimant !== undefined) {
    const preferred = kept.find((c) => toNameKey(c.claimant) === toNameKey(preferredClaimant));
    if (preferred !== undefined) return preferred.point;
  }
  return lowerMedian(kept.map((c) => c.point));
}

/** The median, taking the lower of the two middle values on an even count (never a half person). */
export function lowerMedian(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("The median of no values is undefined");
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
