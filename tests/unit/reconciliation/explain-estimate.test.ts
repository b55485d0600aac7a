import { describe, expect, it } from "vitest";
import { estimateEventSide, explainEstimate } from "@/lib/reconciliation";
import { makeClaim } from "./make-claim";

describe("explainEstimate", () => {
  it("counts each claimant once by its latest word and names the claims giving low, best and high", () => {
    const claims = [
      makeClaim({ id: 1, claimant: "SOHR", low: 30, high: null, point: 30, publishedOn: "2015-06-25" }),
      makeClaim({ id: 2, claimant: "ARA News", low: 71, high: 71, point: 71, publishedOn: "2015-06-26" }),
      makeClaim({ id: 3, claimant: "SOHR", low: 35, high: null, point: 35, publishedOn: "2015-06-27" }),
      makeClaim({ id: 4, claimant: "SANA", low: 10, high: 15, point: 12, publishedOn: "2015-06-26" }),
    ];
    const why = explainEstimate(claims);
    expect(why).toEqual({ countedClaimIds: [2, 3, 4], superseded: [{ claimId: 1, byClaimId: 3 }], lowFrom: [4], highFrom: [2], bestFrom: [3] });
    // The claims it names give exactly the estimate reconciliation computes.
    const estimate = estimateEventSide(claims)!;
    const byId = new Map(claims.map((c) => [c.id, c]));
    expect(why.countedClaimIds).toEqual(estimate.usedClaimIds);
    expect(byId.get(why.lowFrom[0])!.low).toBe(estimate.low);
    expect(byId.get(why.bestFrom[0])!.point).toBe(estimate.best);
    expect(byId.get(why.highFrom[0])!.high).toBe(estimate.high);
  });

  it("names every claim that ties for a figure, and an open claim as stating its low as the high", () => {
    const why = explainEstimate([
      makeClaim({ id: 1, claimant: "A", low: 20, high: 20, point: 20 }),
      makeClaim({ id: 2, claimant: "B", low: 24, high: null, point: 24, qualifier: "vague" }),
      makeClaim({ id: 3, claimant: "C", low: 20, high: 20, point: 20 }),
    ]);
    expect(why).toMatchObject({ lowFrom: [1, 3], bestFrom: [1, 3], highFrom: [2], superseded: [] });
  });
});
