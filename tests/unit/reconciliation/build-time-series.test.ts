import { describe, expect, it } from "vitest";
import { binStart, buildTimeSeries, estimateEvents } from "@/lib/reconciliation";
import { atLeast, exactly, makeClaim, makeEstimate } from "./make-claim";

describe("buildTimeSeries", () => {
  it("sums each event once per bin and side, however many claims it has", () => {
    const claims = [
      makeClaim({ id: 1, claimant: "SOHR", ...exactly(30) }),
      makeClaim({ id: 2, claimant: "SANA", ...exactly(12) }),
      makeClaim({ id: 3, claimant: "ARA News", ...exactly(20) }),
      makeClaim({ id: 4, claimant: "SOHR", place: "Hasakah", ...atLeast(5) }),
    ];
    const series = buildTimeSeries(estimateEvents(claims), { bin: "day" });
    expect(series.points).toEqual([
      { bin: "2015-06-25", side: "regime", low: 17, best: 25, high: 35, highOpen: true, eventCount: 2 },
    ]);
  });

  it("counts a row passed twice once", () => {
    const row = makeEstimate({ eventKey: "auto:1" });
    expect(buildTimeSeries([row, row], { bin: "day" }).points[0]).toMatchObject({ low: 10, eventCount: 1 });
  });

  it("keeps empty bins between the first and the last, with nulls not zeros", () => {
    const series = buildTimeSeries(
      [
        makeEstimate({ eventKey: "a", side: "regime", periodStart: "2015-06-24", periodEnd: "2015-06-24" }),
        makeEstimate({ eventKey: "b", side: "is", periodStart: "2015-06-26", periodEnd: "2015-06-26", low: 3, best: 4, high: 5 }),
      ],
      { bin: "day" },
    );
    const empty = { low: null, best: null, high: null, highOpen: false, eventCount: 0 };
    expect(series.points).toEqual([
      { bin: "2015-06-24", side: "is", ...empty },
      { bin: "2015-06-24", side: "regime", low: 10, best: 10, high: 10, highOpen: false, eventCount: 1 },
      { bin: "2015-06-25", side: "is", ...empty },
      { bin: "2015-06-25", side: "regime", ...empty },
      { bin: "2015-06-26", side: "is", low: 3, best: 4, high: 5, highOpen: false, eventCount: 1 },
      { bin: "2015-06-26", side: "regime", ...empty },
    ]);
  });

  it("puts an event in the bin of its first day, and weeks start on Monday", () => {
    const series = buildTimeSeries(
      [
        makeEstimate({ eventKey: "sun", periodStart: "2015-06-28", periodEnd: "2015-07-02" }),
        makeEstimate({ eventKey: "mon", periodStart: "2015-06-29", periodEnd: "2015-06-29" }),
      ],
      { bin: "week" },
    );
    expect(series.points.map((p) => [p.bin, p.eventCount])).toEqual([
      ["2015-06-22", 1],
      ["2015-06-29", 1],
    ]);
  });

  it("bins by month across a year end, empty months included", () => {
    const series = buildTimeSeries(
      [
        makeEstimate({ eventKey: "a", periodStart: "2015-11-30", periodEnd: "2015-11-30" }),
        makeEstimate({ eventKey: "b", periodStart: "2016-01-02", periodEnd: "2016-01-02" }),
      ],
      { bin: "month" },
    );
    expect(series.points.map((p) => [p.bin, p.best])).toEqual([
      ["2015-11-01", 10],
      ["2015-12-01", null],
      ["2016-01-01", 10],
    ]);
  });

  it("lists undated events apart and never charts them", () => {
    const undated = makeEstimate({ eventKey: "undated:9", periodStart: null, periodEnd: null });
    const series = buildTimeSeries([makeEstimate({ eventKey: "auto:1" }), undated], { bin: "day" });
    expect(series.points).toHaveLength(1);
    expect(series.points[0].eventCount).toBe(1);
    expect(series.undated).toEqual({ eventCount: 1, estimates: [undated] });
  });

  it("charts one outcome at a time, killed unless asked", () => {
    const rows = [makeEstimate({ eventKey: "a" }), makeEstimate({ eventKey: "a", outcome: "wounded", low: 40, best: 40, high: 40 })];
    expect(buildTimeSeries(rows, { bin: "day" }).points[0].best).toBe(10);
    expect(buildTimeSeries(rows, { bin: "day", outcome: "wounded" }).points[0].best).toBe(40);
  });

  it("gives an empty chart for no events", () => {
    expect(buildTimeSeries([], { bin: "week" })).toEqual({
      bin: "week",
      outcome: "killed",
      points: [],
      undated: { eventCount: 0, estimates: [] },
    });
  });
});

describe("binStart", () => {
  it.each([
    ["2015-06-25", "day", "2015-06-25"],
    ["2015-06-22", "week", "2015-06-22"],
    ["2015-06-28", "week", "2015-06-22"],
    ["2016-01-01", "week", "2015-12-28"],
    ["2016-02-29", "month", "2016-02-01"],
  ] as const)("puts %s in the %s starting %s", (day, bin, start) => {
    expect(binStart(day, bin)).toBe(start);
  });

  it("rejects a date that is not YYYY-MM-DD rather than bin it somewhere", () => {
    expect(() => binStart("25/06/2015", "day")).toThrow(/YYYY-MM-DD/);
    expect(() => binStart("2015-02-30", "day")).toThrow();
  });
});
