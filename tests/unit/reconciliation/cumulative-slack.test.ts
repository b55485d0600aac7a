// cumulativeSlack bounds how far a period that counts as "the same period" as a claim's
// can reach past the claim's ends; the database narrows cumulative candidates with it, so
// it must never be too tight (a joinable event lost) for any pair of periods.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cumulativeSlack, isSamePeriod } from "@/lib/reconciliation";

const span = fc.tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 2000 })).map(([start, length]) => ({ start, end: start + length }));

describe("cumulativeSlack", () => {
  it("covers every period isSamePeriod accepts: none reaches further past either end", () => {
    fc.assert(
      // Periods near the claim's, ends moved by up to a third of its length either way.
      fc.property(span, fc.double({ min: -0.34, max: 0.34, noNaN: true }), fc.double({ min: -0.34, max: 0.34, noNaN: true }), (claim, a, b) => {
        const length = claim.end - claim.start + 1;
        const other = { start: claim.start + Math.round(a * length), end: Math.max(claim.start + Math.round(a * length), claim.end + Math.round(b * length)) };
        fc.pre(isSamePeriod(other, claim));
        const slack = cumulativeSlack(claim);
        expect(other.start).toBeGreaterThanOrEqual(claim.start - slack);
        expect(other.end).toBeLessThanOrEqual(claim.end + slack);
      }),
      { numRuns: 2000 },
    );
  });

  it("is reached: a period as far out as the slack allows is still the same period", () => {
    fc.assert(
      fc.property(span, (claim) => {
        const slack = cumulativeSlack(claim);
        // A period running `slack` days earlier, ending where the claim ends.
        const earlier = { start: claim.start - slack, end: claim.end };
        expect(isSamePeriod(earlier, claim)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("is a ninth of the claim's length at the 0.9 share, whole days down", () => {
    expect(cumulativeSlack({ start: 0, end: 8 })).toBe(1); // 9 days
    expect(cumulativeSlack({ start: 0, end: 6 })).toBe(0); // a week
    expect(cumulativeSlack({ start: 0, end: 1825 })).toBe(202); // five years
  });
});
