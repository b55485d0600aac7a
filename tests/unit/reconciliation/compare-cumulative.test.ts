import { describe, expect, it } from "vitest";
import { compareCumulative, estimateEvents } from "@/lib/reconciliation";
import { exactly, makeClaim, makeEstimate } from "./make-claim";

const sinceMay30 = (figure: number, place: string | null = null) =>
  makeClaim({ id: 100, scope: "cumulative", place, periodStart: "2015-05-30", periodEnd: "2015-06-30", ...exactly(figure) });

const incidents = [
  makeEstimate({ eventKey: "auto:1", periodStart: "2015-06-01", periodEnd: "2015-06-01", low: 10, best: 12, high: 15 }),
  makeEstimate({ eventKey: "auto:2", periodStart: "2015-06-10", periodEnd: "2015-06-11", place: "Hasakah", low: 20, best: 20, high: 30 }),
  makeEstimate({ eventKey: "auto:3", periodStart: "2015-05-29", periodEnd: "2015-05-30", low: 99, best: 99, high: 99 }),
  makeEstimate({ eventKey: "auto:4", side: "is", low: 99, best: 99, high: 99 }),
  makeEstimate({ eventKey: "auto:5", outcome: "wounded", low: 99, best: 99, high: 99 }),
  makeEstimate({ eventKey: "undated:6", periodStart: null, periodEnd: null, low: 99, best: 99, high: 99 }),
];

describe("compareCumulative", () => {
  it("sums the incidents of the same side and outcome inside its period, without adding itself", () => {
    const result = compareCumulative(sinceMay30(60), incidents);
    expect(result.incidents).toEqual({ low: 30, best: 32, high: 45, highOpen: false, eventCount: 2, eventKeys: ["auto:1", "auto:2"] });
    expect(result.verdict).toBe("above");
    expect(result.figure).toBe(60);
  });

  it.each([
    [25, "below"],
    [30, "within"],
    [45, "within"],
    [46, "above"],
  ] as const)("says a figure of %i is %s the incidents' 30-45", (figure, verdict) => {
    expect(compareCumulative(sinceMay30(figure), incidents).verdict).toBe(verdict);
  });

  it("never calls a figure above incidents that are open at the top", () => {
    const open = incidents.map((row) => (row.eventKey === "auto:1" ? { ...row, highOpen: true } : row));
    expect(compareCumulative(sinceMay30(1000), open).verdict).toBe("within");
  });

  it("keeps to its place when it names one", () => {
    expect(compareCumulative(sinceMay30(60, "hasakah"), incidents).incidents?.eventKeys).toEqual(["auto:2"]);
  });

  it("counts a row passed twice once", () => {
    expect(compareCumulative(sinceMay30(60), [...incidents, incidents[0]]).incidents?.low).toBe(30);
  });

  it("says so when no incident is recorded in its period, rather than reporting 0", () => {
    expect(compareCumulative(sinceMay30(60, "Raqqa"), incidents)).toMatchObject({ incidents: null, verdict: "no-incidents" });
  });

  it("runs 'so far' to its publication date, and cannot compare without a start", () => {
    const soFar = { ...sinceMay30(60), periodEnd: null, publishedOn: "2015-06-05" };
    expect(compareCumulative(soFar, incidents).incidents?.eventKeys).toEqual(["auto:1"]);
    expect(compareCumulative({ ...sinceMay30(60), periodStart: null, periodEnd: null }, incidents).verdict).toBe("not-comparable");
  });

  it("works on the rows estimateEvents produces, which never include the cumulative claim", () => {
    const claims = [makeClaim({ id: 1, ...exactly(10) }), makeClaim({ id: 2, claimant: "SANA", ...exactly(14) }), sinceMay30(60)];
    const result = compareCumulative(sinceMay30(60), estimateEvents(claims));
    expect(result.incidents).toMatchObject({ low: 10, best: 10, high: 14, eventCount: 1 });
  });

  it("refuses an incident claim", () => {
    expect(() => compareCumulative(makeClaim({ id: 1 }), incidents)).toThrow(/incident/);
  });
});
