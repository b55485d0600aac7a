import { describe, expect, it } from "vitest";
import { estimateEventSide, isDisputedRange, lowerMedian } from "@/lib/reconciliation";
import { atLeast, exactly, makeClaim } from "./make-claim";

describe("estimateEventSide", () => {
  it("keeps 'at least 30' open at the top: 30-71+", () => {
    const estimate = estimateEventSide([
      makeClaim({ id: 1, claimant: "SOHR", ...atLeast(30) }),
      makeClaim({ id: 2, claimant: "Rudaw", ...atLeast(71) }),
    ]);
    expect(estimate).toMatchObject({ low: 30, best: 30, high: 71, highOpen: true, disputed: true });
  });

  it.each([
    ["an exact figure above an open one closes the top", [atLeast(30), exactly(40)], { low: 30, high: 40, highOpen: false }],
    ["an open figure tying the top keeps it open", [exactly(40), atLeast(40)], { low: 40, high: 40, highOpen: true }],
    ["a lone 'at least 30' is 30+", [atLeast(30)], { low: 30, high: 30, highOpen: true }],
    ["'up to 70' reaches 70 from 1", [{ qualifier: "at_most" as const, low: 1, high: 70, point: 70 }], { low: 1, high: 70 }],
    ["'between 10 and 15' is 10-15 with best 12", [{ qualifier: "range" as const, low: 10, high: 15, point: 12 }], { low: 10, best: 12, high: 15 }],
  ])("%s", (_, figures, expected) => {
    const claims = figures.map((figure, i) => makeClaim({ id: i + 1, claimant: `claimant ${i}`, ...figure }));
    expect(estimateEventSide(claims)).toMatchObject(expected);
  });

  it.each([
    ["literal-v1 (dozens = 24)", 24],
    ["ACLED (dozens = 12)", 12],
  ])("follows the convention carried by a vague claim: %s", (_, dozens) => {
    const claims = [
      makeClaim({ id: 1, claimant: "SOHR", qualifier: "vague", low: dozens, high: null, point: dozens }),
      makeClaim({ id: 2, claimant: "Rudaw", ...exactly(20) }),
    ];
    expect(estimateEventSide(claims)).toMatchObject({
      low: Math.min(20, dozens),
      best: Math.min(20, dozens),
      high: Math.max(20, dozens),
      highOpen: dozens > 20,
      vague: true,
    });
  });

  it("counts a claimant repeated by two outlets once", () => {
    const estimate = estimateEventSide([
      makeClaim({ id: 1, outlet: "SOHR", claimant: "SOHR", ...exactly(30) }),
      makeClaim({ id: 2, outlet: "ARA News", claimant: "sohr", ...exactly(30), publishedOn: "2015-06-26" }),
      makeClaim({ id: 3, outlet: "SANA", claimant: "SANA", ...exactly(12) }),
    ]);
    expect(estimate).toMatchObject({ claimantCount: 2, claimCount: 3, usedClaimIds: [2, 3], best: 12 });
  });

  it("lets the latest statement of a claimant replace its earlier ones", () => {
    const estimate = estimateEventSide([
      makeClaim({ id: 5, claimant: "SOHR", ...exactly(20), publishedOn: "2015-06-26" }),
      makeClaim({ id: 3, claimant: "SOHR", ...atLeast(35), publishedOn: "2015-06-28" }),
      makeClaim({ id: 9, claimant: "SOHR", ...exactly(18), publishedOn: null }),
    ]);
    expect(estimate).toMatchObject({ low: 35, best: 35, high: 35, highOpen: true, usedClaimIds: [3], claimantCount: 1 });
  });

  it("breaks a same-day tie between statements by the higher claim id", () => {
    const estimate = estimateEventSide([
      makeClaim({ id: 4, claimant: "SOHR", ...exactly(20) }),
      makeClaim({ id: 6, claimant: "SOHR", ...exactly(24) }),
    ]);
    expect(estimate).toMatchObject({ best: 24, usedClaimIds: [6] });
  });

  it.each([
    [[10], 10],
    [[10, 30], 10],
    [[30, 10, 20], 20],
    [[40, 10, 30, 20], 20],
  ])("takes the median of the claimants' points, the lower on a tie: %j -> %i", (points, best) => {
    const claims = points.map((p, i) => makeClaim({ id: i + 1, claimant: `claimant ${i}`, ...exactly(p) }));
    expect(estimateEventSide(claims)?.best).toBe(best);
  });

  it("takes the preferred claimant's point when it spoke, the median otherwise", () => {
    const claims = [
      makeClaim({ id: 1, claimant: "SOHR", ...exactly(30) }),
      makeClaim({ id: 2, claimant: "SANA", ...exactly(5) }),
      makeClaim({ id: 3, claimant: "Rudaw", ...exactly(20) }),
    ];
    expect(estimateEventSide(claims, { preferredClaimant: "sohr" })?.best).toBe(30);
    expect(estimateEventSide(claims, { preferredClaimant: "Amaq" })?.best).toBe(20);
  });

  it("uses incident claims only, and none rejected", () => {
    const estimate = estimateEventSide([
      makeClaim({ id: 1, claimant: "SOHR", ...exactly(10) }),
      makeClaim({ id: 2, claimant: "SOHR", ...exactly(500), scope: "cumulative", publishedOn: "2015-07-01" }),
      makeClaim({ id: 3, claimant: "SANA", ...exactly(90), reviewStatus: "rejected" }),
    ]);
    expect(estimate).toMatchObject({ low: 10, high: 10, claimCount: 1, usedClaimIds: [1] });
  });

  it("gives no estimate, not zero, when no incident claim is left", () => {
    expect(estimateEventSide([])).toBeNull();
    expect(estimateEventSide([makeClaim({ id: 1, scope: "cumulative" })])).toBeNull();
  });

  it("keeps 'no casualties were reported' as an agreed 0", () => {
    const claims = [makeClaim({ id: 1, claimant: "SOHR", ...exactly(0) }), makeClaim({ id: 2, claimant: "SANA", ...exactly(0) })];
    expect(estimateEventSide(claims)).toMatchObject({ low: 0, best: 0, high: 0, disputed: false });
  });
});

describe("isDisputedRange", () => {
  it.each([
    [30, 60, 2, true],
    [30, 59, 2, false],
    [0, 5, 2, true],
    [0, 0, 2, false],
    [1, 70, 1, false],
    [10, 25, 1, false],
  ])("low %i, high %i from %i claimant(s): disputed %s", (low, high, claimants, disputed) => {
    expect(isDisputedRange(low, high, claimants)).toBe(disputed);
  });
});

describe("lowerMedian", () => {
  it("refuses to invent a median of nothing", () => {
    expect(() => lowerMedian([])).toThrow();
  });
});
