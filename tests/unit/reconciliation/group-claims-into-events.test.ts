import { describe, expect, it } from "vitest";
import { groupClaimsIntoEvents, type ClaimInput } from "@/lib/reconciliation";
import { makeClaim, shuffled } from "./make-claim";

const idsOf = (claims: readonly ClaimInput[]) => groupClaimsIntoEvents(claims).map((g) => g.claimIds);

describe("groupClaimsIntoEvents", () => {
  it("puts two reports of the same day in the same place into one event", () => {
    const groups = groupClaimsIntoEvents([makeClaim({ id: 1 }), makeClaim({ id: 2, claimant: "ARA News" })]);
    expect(groups).toEqual([
      {
        key: "auto:1",
        eventId: null,
        isPinned: false,
        scope: "incident",
        undated: false,
        claimIds: [1, 2],
        periodStart: "2015-06-25",
        periodEnd: "2015-06-25",
        place: "Kobani",
      },
    ]);
  });

  it.each([
    ["overlapping periods join", { periodStart: "2015-06-24", periodEnd: "2015-06-26" }, [[1, 2]]],
    ["the next day stays apart", { periodStart: "2015-06-26", periodEnd: "2015-06-26" }, [[1], [2]]],
    ["another place stays apart", { place: "Hasakah" }, [[1], [2]]],
    ["the same place spelled with other case and spaces joins", { place: "  kobani " }, [[1, 2]]],
  ])("%s", (_, second, expected) => {
    expect(idsOf([makeClaim({ id: 1 }), makeClaim({ id: 2, ...second })])).toEqual(expected);
  });

  it("joins periods within N days when asked, and chains through them", () => {
    const claims = [
      makeClaim({ id: 1, periodStart: "2015-06-25", periodEnd: "2015-06-25" }),
      makeClaim({ id: 2, periodStart: "2015-06-26", periodEnd: "2015-06-26" }),
      makeClaim({ id: 3, periodStart: "2015-06-28", periodEnd: "2015-06-28" }),
    ];
    expect(groupClaimsIntoEvents(claims, { adjacentDays: 1 }).map((g) => g.claimIds)).toEqual([[1, 2], [3]]);
    expect(groupClaimsIntoEvents(claims, { adjacentDays: 2 }).map((g) => g.claimIds)).toEqual([[1, 2, 3]]);
  });

  it("keeps the sides and outcomes of one battle in one event", () => {
    const claims = [makeClaim({ id: 1, side: "regime" }), makeClaim({ id: 2, side: "is", outcome: "wounded" })];
    expect(idsOf(claims)).toEqual([[1, 2]]);
  });

  it("lets a claim without a place join the only event of its period", () => {
    expect(idsOf([makeClaim({ id: 1 }), makeClaim({ id: 2, place: null })])).toEqual([[1, 2]]);
  });

  it("keeps a claim without a place apart when two events share its period, or none does", () => {
    const twoCandidates = [makeClaim({ id: 1 }), makeClaim({ id: 2, place: "Hasakah" }), makeClaim({ id: 3, place: null })];
    expect(idsOf(twoCandidates)).toEqual([[1], [2], [3]]);
    const noCandidate = [makeClaim({ id: 1 }), makeClaim({ id: 2, place: null, periodStart: "2015-07-01", periodEnd: null })];
    expect(idsOf(noCandidate)).toEqual([[1], [2]]);
  });

  it("never groups two claims that both lack a place", () => {
    expect(idsOf([makeClaim({ id: 1, place: null }), makeClaim({ id: 2, place: null })])).toEqual([[1], [2]]);
  });

  it("lists a claim with no period as its own undated event, after the dated ones", () => {
    const groups = groupClaimsIntoEvents([
      makeClaim({ id: 1, periodStart: null, periodEnd: null }),
      makeClaim({ id: 2, periodStart: null, periodEnd: null }),
      makeClaim({ id: 3 }),
    ]);
    expect(groups.map((g) => [g.key, g.undated])).toEqual([
      ["auto:3", false],
      ["undated:1", true],
      ["undated:2", true],
    ]);
  });

  it("keeps a cumulative claim out of the incidents of its period", () => {
    const groups = groupClaimsIntoEvents([
      makeClaim({ id: 1 }),
      makeClaim({ id: 2, scope: "cumulative", periodStart: "2015-06-01", periodEnd: "2015-06-30" }),
    ]);
    expect(groups.map((g) => [g.key, g.scope, g.claimIds])).toEqual([
      ["auto:2", "cumulative", [2]],
      ["auto:1", "incident", [1]],
    ]);
  });

  it("never puts a whole-war total with a one-month total: SNHR's Ramadan 2014 and 'some 470,000'", () => {
    const ramadan = makeClaim({ id: 1, scope: "cumulative", side: "mixed", place: null, low: 2378, periodStart: "2014-06-28", periodEnd: "2014-07-27" });
    const wholeWar = makeClaim({ id: 2, scope: "cumulative", side: "mixed", place: null, low: 470000, periodStart: "2011-03-01", periodEnd: "2016-02-11" });
    expect(idsOf([ramadan, wholeWar])).toEqual([[2], [1]]);
    expect(idsOf([wholeWar, ramadan])).toEqual([[2], [1]]);
  });

  it.each([
    ["the same month, one starting two days later, is one total", { periodStart: "2015-06-03" }, [[1, 2]]],
    ["a month and a half-month are two", { periodStart: "2015-06-16" }, [[1], [2]]],
    ["another side is another total", { side: "is" }, [[1], [2]]],
    ["another place is another total", { place: "Hasakah" }, [[1], [2]]],
    ["no place does not meet a place", { place: null }, [[1], [2]]],
  ])("cumulative totals: %s", (_, second, expected) => {
    const june = { scope: "cumulative" as const, periodStart: "2015-06-01", periodEnd: "2015-06-30" };
    expect(idsOf([makeClaim({ id: 1, ...june }), makeClaim({ id: 2, ...june, ...second })])).toEqual(expected);
  });

  it("joins a cumulative total only when it matches every total already in the event", () => {
    const claims = [
      makeClaim({ id: 1, scope: "cumulative", periodStart: "2015-06-01", periodEnd: "2015-06-30" }),
      makeClaim({ id: 2, scope: "cumulative", periodStart: "2015-06-01", periodEnd: "2015-07-02" }),
      makeClaim({ id: 3, scope: "cumulative", periodStart: "2015-06-05", periodEnd: "2015-07-02" }),
    ];
    // 3 shares 29 of 2's 32 days (91%) but only 26 of 1's 30 (87%).
    expect(idsOf(claims)).toEqual([[1, 2], [3]]);
  });

  it("ignores rejected claims", () => {
    expect(idsOf([makeClaim({ id: 1 }), makeClaim({ id: 2, reviewStatus: "rejected" })])).toEqual([[1]]);
  });

  it("honours an editor's merge of two events the rules keep apart", () => {
    const groups = groupClaimsIntoEvents([
      makeClaim({ id: 1, place: "Kobani", eventId: 7, eventPinned: true }),
      makeClaim({ id: 2, place: "Mishtenour hill", periodStart: "2015-06-26", periodEnd: "2015-06-26", eventId: 7, eventPinned: true }),
    ]);
    expect(groups).toEqual([
      expect.objectContaining({
        key: "event:7",
        eventId: 7,
        isPinned: true,
        claimIds: [1, 2],
        periodStart: "2015-06-25",
        periodEnd: "2015-06-26",
        place: null,
      }),
    ]);
  });

  it("honours an editor's split of one event the rules would join, and keeps new claims out of it", () => {
    const groups = groupClaimsIntoEvents([
      makeClaim({ id: 1, eventId: 7, eventPinned: true }),
      makeClaim({ id: 2, eventId: 8, eventPinned: true }),
      makeClaim({ id: 3, eventId: 7, eventPinned: false }),
    ]);
    expect(groups.map((g) => [g.key, g.claimIds])).toEqual([
      ["event:7", [1]],
      ["event:8", [2]],
      ["auto:3", [3]],
    ]);
  });

  it("keeps a pinned claim in its event even when it is undated or cumulative", () => {
    const groups = groupClaimsIntoEvents([
      makeClaim({ id: 1, eventId: 7, eventPinned: true }),
      makeClaim({ id: 2, periodStart: null, periodEnd: null, eventId: 7, eventPinned: true }),
      makeClaim({ id: 3, scope: "cumulative", eventId: 7, eventPinned: true }),
    ]);
    expect(groups.map((g) => [g.key, g.scope, g.claimIds])).toEqual([["event:7", "incident", [1, 2, 3]]]);
  });

  it("lets a claim without a place join the only event of its period when it arrives, as ingest does", () => {
    // Claim 3 (Hasakah) arrives after claim 2 has joined Kobani's event; it does not move it.
    expect(idsOf([makeClaim({ id: 1 }), makeClaim({ id: 2, place: null }), makeClaim({ id: 3, place: "Hasakah" })])).toEqual([[1, 2], [3]]);
  });

  it("gives the same events in the same order whatever order the claims arrive in", () => {
    const claims = [
      makeClaim({ id: 1 }),
      makeClaim({ id: 2, place: null }),
      makeClaim({ id: 3, place: "Hasakah", periodStart: "2015-06-20", periodEnd: "2015-06-30" }),
      makeClaim({ id: 4, place: "hasakah", periodStart: "2015-06-29", periodEnd: "2015-07-02" }),
      makeClaim({ id: 5, periodStart: null, periodEnd: null }),
      makeClaim({ id: 6, scope: "cumulative" }),
      makeClaim({ id: 7, eventId: 3, eventPinned: true }),
      makeClaim({ id: 8, place: null, periodStart: "2015-07-01", periodEnd: "2015-07-01" }),
    ];
    const expected = groupClaimsIntoEvents(claims);
    expect(expected.map((g) => g.claimIds)).toEqual([[3, 4, 8], [1, 2], [6], [7], [5]]);
    for (const seed of [1, 2, 3, 42, 2015]) {
      expect(groupClaimsIntoEvents(shuffled(claims, seed))).toEqual(expected);
    }
  });

  it("refuses two claims under one id rather than pick one by input order", () => {
    expect(() => groupClaimsIntoEvents([makeClaim({ id: 1 }), makeClaim({ id: 1 })])).toThrow(/appears twice/);
  });
});
