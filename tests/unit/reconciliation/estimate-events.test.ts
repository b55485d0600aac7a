import { describe, expect, it } from "vitest";
import { estimateEvents } from "@/lib/reconciliation";
import { atLeast, exactly, makeClaim, shuffled } from "./make-claim";

const battle = [
  makeClaim({ id: 1, claimant: "SOHR", side: "regime", ...exactly(30) }),
  makeClaim({ id: 2, claimant: "SANA", side: "regime", ...exactly(12) }),
  makeClaim({ id: 3, claimant: "SOHR", side: "is", ...atLeast(40) }),
  makeClaim({ id: 4, claimant: "SOHR", side: "regime", outcome: "wounded", ...exactly(50) }),
  makeClaim({ id: 5, claimant: "SOHR", side: "regime", scope: "cumulative", periodStart: "2015-06-01", ...exactly(300) }),
  makeClaim({ id: 6, claimant: "Rudaw", side: "kurdish", periodStart: null, periodEnd: null, ...exactly(3) }),
];

describe("estimateEvents", () => {
  it("gives one row per event, side and outcome, traced to its claims", () => {
    expect(estimateEvents(battle)).toEqual([
      expect.objectContaining({ eventKey: "auto:1", side: "is", outcome: "killed", low: 40, high: 40, highOpen: true, claimIds: [3] }),
      expect.objectContaining({
        eventKey: "auto:1",
        side: "regime",
        outcome: "killed",
        low: 12,
        best: 12,
        high: 30,
        disputed: true,
        claimantCount: 2,
        claimIds: [1, 2],
        usedClaimIds: [1, 2],
        periodStart: "2015-06-25",
        place: "Kobani",
      }),
      expect.objectContaining({ eventKey: "auto:1", side: "regime", outcome: "wounded", best: 50 }),
      expect.objectContaining({ eventKey: "undated:6", side: "kurdish", periodStart: null, best: 3 }),
    ]);
  });

  it("never adds a cumulative claim to the incidents", () => {
    const rows = estimateEvents(battle);
    expect(rows.some((row) => row.claimIds.includes(5))).toBe(false);
    expect(rows.some((row) => row.eventKey === "auto:5")).toBe(false);
  });

  it("passes the preferred claimant through to every row", () => {
    const rows = estimateEvents(battle, { preferredClaimant: "SOHR" });
    expect(rows.find((row) => row.side === "regime" && row.outcome === "killed")?.best).toBe(30);
  });

  it("estimates an editor's merged event as one", () => {
    const rows = estimateEvents([
      makeClaim({ id: 1, claimant: "SOHR", place: "Kobani", eventId: 9, eventPinned: true, ...exactly(20) }),
      makeClaim({ id: 2, claimant: "YPG", place: "Mishtenour hill", eventId: 9, eventPinned: true, ...exactly(25) }),
    ]);
    expect(rows).toEqual([
      expect.objectContaining({ eventKey: "event:9", eventId: 9, low: 20, best: 20, high: 25, claimIds: [1, 2] }),
    ]);
  });

  it("marks rows disputed on side disagreement only when asked", () => {
    const claims = [
      makeClaim({ id: 1, claimant: "SOHR", side: "civilians", ...exactly(30) }),
      makeClaim({ id: 2, claimant: "Anadolu", side: "kurdish", ...exactly(30) }),
    ];
    expect(estimateEvents(claims).map((row) => row.disputed)).toEqual([false, false]);
    expect(estimateEvents(claims, { flagSideOutcomeDisagreements: true }).map((row) => row.disputed)).toEqual([true, true]);
  });

  it("gives the same rows whatever order the claims arrive in", () => {
    const expected = estimateEvents(battle);
    for (const seed of [7, 11, 99]) expect(estimateEvents(shuffled(battle, seed))).toEqual(expected);
  });
});
