// Builds reconciliation inputs with sensible defaults: each test states only what it is about.

import type { ClaimInput, EventEstimate } from "@/lib/reconciliation";

export function makeClaim(overrides: Partial<ClaimInput> & Pick<ClaimInput, "id">): ClaimInput {
  const low = overrides.low ?? 10;
  return {
    reportId: overrides.id,
    outlet: "SOHR",
    claimant: "SOHR",
    side: "regime",
    outcome: "killed",
    qualifier: "exact",
    low,
    high: low,
    point: low,
    periodStart: "2015-06-25",
    periodEnd: "2015-06-25",
    place: "Kobani",
    scope: "incident",
    publishedOn: "2015-06-26",
    reviewStatus: "accepted",
    eventId: null,
    eventPinned: false,
    ...overrides,
  };
}

/** "at least N": open at the top. */
export function atLeast(n: number): Pick<ClaimInput, "qualifier" | "low" | "high" | "point"> {
  return { qualifier: "at_least", low: n, high: null, point: n };
}

export function exactly(n: number): Pick<ClaimInput, "qualifier" | "low" | "high" | "point"> {
  return { qualifier: "exact", low: n, high: n, point: n };
}

export function makeEstimate(overrides: Partial<EventEstimate> & Pick<EventEstimate, "eventKey">): EventEstimate {
  return {
    eventId: null,
    side: "regime",
    outcome: "killed",
    periodStart: "2015-06-25",
    periodEnd: "2015-06-25",
    place: "Kobani",
    low: 10,
    best: 10,
    high: 10,
    highOpen: false,
    disputed: false,
    claimantCount: 1,
    claimCount: 1,
    claimIds: [1],
    usedClaimIds: [1],
    vague: false,
    ...overrides,
  };
}

/** A fixed-seed shuffle, so a failing order can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
