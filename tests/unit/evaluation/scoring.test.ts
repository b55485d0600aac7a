// The scorer follows corpus/README.md: one-to-one pairing within a report, strict
// matches on side, outcome and count, optional and captured gold claims neither
// required nor counted as false positives. Cases are small and hand-made.
import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "@/lib/extraction";
import { type GoldClaim, isCompatible, maxWeightAssignment, scoreReport } from "@/lib/evaluation";

const gold = (over: Partial<GoldClaim>): GoldClaim => ({
  quote: "The clashes killed 30 soldiers", number_text: "30", side: "regime", outcome: "killed", low: 30, high: 30,
  qualifier: "exact", date: "2015-06-25", optional: false, ...over,
}) as GoldClaim;

const pred = (over: Partial<ExtractedClaim>): ExtractedClaim => ({
  quote: "The clashes killed 30 soldiers", spanStart: 0, spanEnd: 30, numberText: "30", numberStart: 19, numberEnd: 21,
  side: "regime", sideText: "soldiers", outcome: "killed", qualifier: "exact", low: 30, high: 30, point: 30, vagueTerm: null,
  convention: null, claimant: "SOHR", location: null, when: null, periodStart: "2015-06-25", periodEnd: "2015-06-25", scope: "incident", ...over,
}) as ExtractedClaim;

describe("compatibility", () => {
  it("matches equal side, outcome, low and high", () => {
    expect(isCompatible(pred({}), gold({}), "strict")).toBe(true);
  });
  it("refuses another side in strict mode but not side-blind", () => {
    expect(isCompatible(pred({ side: "is" }), gold({}), "strict")).toBe(false);
    expect(isCompatible(pred({ side: "is" }), gold({}), "side-blind")).toBe(true);
  });
  it("refuses a closed count for an open 'at least' gold claim", () => {
    expect(isCompatible(pred({}), gold({ high: null, qualifier: "at_least" }), "strict")).toBe(false);
  });
  it("accepts an also_ok variant, including one that changes the side", () => {
    const g = gold({ side: "mixed", also_ok: [{ side: "regime" }, { low: 30, high: null, qualifier: "at_least" }] });
    expect(isCompatible(pred({}), g, "strict")).toBe(true);
    expect(isCompatible(pred({ side: "mixed", high: null, qualifier: "at_least" }), g, "strict")).toBe(true);
  });
  it("asks a vague gold claim for a vague prediction, whatever its numbers", () => {
    const g = gold({ qualifier: "vague", low: 24, high: null });
    expect(isCompatible(pred({ qualifier: "vague", low: 12, high: null }), g, "strict")).toBe(true);
    expect(isCompatible(pred({ low: 24, high: null, qualifier: "at_least" }), g, "strict")).toBe(false);
  });
});

describe("pairing and counts", () => {
  it("pairs one to one: a repeated prediction is a false positive", () => {
    const t = scoreReport("r.txt", [pred({}), pred({})], [gold({})], "strict");
    expect([t.tp, t.fp, t.fn]).toEqual([1, 1, 0]);
  });
  it("finds the best pairing, not the first", () => {
    expect(maxWeightAssignment([[5, 4], [5, 0]])).toEqual([1, 0]);
  });
  it("neither requires nor punishes an optional gold claim", () => {
    expect(scoreReport("r.txt", [], [gold({ optional: true })], "strict")).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(scoreReport("r.txt", [pred({})], [gold({ optional: true })], "strict")).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
  it("neither requires nor punishes captured claims", () => {
    expect(scoreReport("r.txt", [pred({ outcome: "captured", low: 5, high: 5 })], [gold({ outcome: "captured", low: 9, high: 9 })], "strict")).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
  it("counts a required gold claim nobody predicted as a miss", () => {
    const t = scoreReport("r.txt", [pred({ low: 31, high: 31 })], [gold({})], "strict");
    expect([t.tp, t.fp, t.fn]).toEqual([0, 1, 1]);
    expect(t.misses[0].numberText).toBe("30");
  });
  it("prefers matching a required claim over an optional one", () => {
    const t = scoreReport("r.txt", [pred({})], [gold({ optional: true }), gold({ quote: "another sentence" })], "strict");
    expect([t.tp, t.fp, t.fn]).toEqual([1, 0, 0]);
  });
});

describe("periods", () => {
  it("counts a period that overlaps the gold date as right", () => {
    const t = scoreReport("r.txt", [pred({ periodStart: "2015-05-30", periodEnd: "2015-06-25" })], [gold({ date: "2015-06-01/2015-06-10" })], "strict");
    expect([t.periodRight, t.periodChecked]).toEqual([1, 1]);
  });
  it("counts a missing or disjoint period as wrong", () => {
    const t = scoreReport("r.txt", [pred({ periodStart: null, periodEnd: null }), pred({ low: 5, high: 5, periodStart: "2015-01-01", periodEnd: "2015-01-02" })], [gold({}), gold({ low: 5, high: 5 })], "strict");
    expect([t.periodRight, t.periodChecked]).toEqual([0, 2]);
  });
  it("does not check periods where the gold date is unknown", () => {
    expect(scoreReport("r.txt", [pred({})], [gold({ date: null })], "strict").periodChecked).toBe(0);
  });
});
