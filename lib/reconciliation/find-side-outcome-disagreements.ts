// "Disputed when claimants disagree on side or outcome": what the claims alone can show of it.

import { keepLatestStatementPerClaimant } from "./keep-latest-statement";
import { toNameKey } from "./name-key";
import type { ClaimInput, Outcome } from "./types";

export type SideOutcomeDisagreement = { side: string; outcome: Outcome; reason: "side" | "outcome" };

/** Sides that name nobody in particular cannot contradict a named side. */
const NON_COMMITTAL_SIDES = new Set(["unknown", "mixed"]);

/**
 * Finds the rows of ONE event that claimants contradict each other on.
 *
 * Claims carry no link saying "these two figures count the same people", so this is
 * inferred, narrowly: two claimants disagree on side when, for one outcome, each names
 * exactly one side and the sides differ (SOHR: "30 civilians killed", a party outlet:
 * "30 YPG fighters killed"); on outcome when, for one side, each names exactly one
 * outcome and they differ ("10 soldiers killed" against "10 soldiers captured").
 * A claimant that names both sides or both outcomes shows it is counting two groups,
 * so it contradicts nobody. Limit: two outlets each boasting of the other side's dead
 * look the same as a contradiction, which is why estimateEvents applies this only on request.
 * Each claimant's latest statements are used, as for the estimate.
 */
export function findSideOutcomeDisagreements(eventClaims: readonly ClaimInput[]): SideOutcomeDisagreement[] {
  const live = eventClaims.filter((c) => c.scope === "incident" && c.reviewStatus !== "rejected");
  const latest = latestPerRow(live).filter((c) => !NON_COMMITTAL_SIDES.has(toNameKey(c.side)));
  const found = new Map<string, SideOutcomeDisagreement>();
  const add = (side: string, outcome: Outcome, reason: "side" | "outcome") =>
    found.set(`${reason}|${side}|${outcome}`, { side, outcome, reason });

  const byClaimant = groupBy(latest, (c) => toNameKey(c.claimant));
  const claimants = [...byClaimant.keys()].sort();
  for (const [i, a] of claimants.entries()) {
    for (const b of claimants.slice(i + 1)) {
      const claimsA = byClaimant.get(a)!;
      const claimsB = byClaimant.get(b)!;
      for (const outcome of valuesUsedByEither(claimsA, claimsB, (c) => c.outcome)) {
        const sidesA = distinct(claimsA.filter((c) => c.outcome === outcome).map((c) => c.side));
        const sidesB = distinct(claimsB.filter((c) => c.outcome === outcome).map((c) => c.side));
        if (sidesA.length === 1 && sidesB.length === 1 && sidesA[0] !== sidesB[0]) {
          add(sidesA[0], outcome, "side");
          add(sidesB[0], outcome, "side");
        }
      }
      for (const side of valuesUsedByEither(claimsA, claimsB, (c) => c.side)) {
        const outcomesA = distinct(claimsA.filter((c) => c.side === side).map((c) => c.outcome));
        const outcomesB = distinct(claimsB.filter((c) => c.side === side).map((c) => c.outcome));
        if (outcomesA.length === 1 && outcomesB.length === 1 && outcomesA[0] !== outcomesB[0]) {
          add(side, outcomesA[0], "outcome");
          add(side, outcomesB[0], "outcome");
        }
      }
    }
  }
  return [...found.keys()].sort().map((key) => found.get(key)!);
}

/** The latest statement per claimant within each side x outcome. */
function latestPerRow(claims: readonly ClaimInput[]): ClaimInput[] {
  return [...groupBy(claims, (c) => `${c.side}|${c.outcome}`).values()].flatMap(keepLatestStatementPerClaimant);
}

/** Every value of `pick` either claimant uses; a value only one uses then fails the "exactly one each" test. */
function valuesUsedByEither<T extends string>(a: ClaimInput[], b: ClaimInput[], pick: (c: ClaimInput) => T): T[] {
  return distinct([...a, ...b].map(pick));
}

function distinct<T extends string>(values: T[]): T[] {
  return [...new Set(values)].sort();
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
