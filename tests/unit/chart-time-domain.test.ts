import { describe, expect, it } from "vitest";
import { overlayChartTitles, sideChartTitles } from "@/lib/charts/axis-titles";
import { overlayBins, toOverlayRows } from "@/lib/charts/overlay-rows";
import { toChartRows } from "@/lib/charts/series-rows";
import { binStart, getChartBins } from "@/lib/charts/time-domain";

const point = (bin: string, side: string, best: number) => ({ bin, side, low: best - 1, best, high: best + 1, highOpen: false, events: 1 });

describe("the time domain the per-side chart and the overlay share", () => {
  it("finds a date's bin: the day, the Monday of its week, the first of its month", () => {
    expect(binStart("2015-06-25", "day")).toBe("2015-06-25");
    expect(binStart("2015-06-25", "week")).toBe("2015-06-22");
    expect(binStart("2015-06-22", "week")).toBe("2015-06-22");
    expect(binStart("2015-06-28", "week")).toBe("2015-06-22");
    expect(binStart("2015-06-25", "month")).toBe("2015-06-01");
  });

  it("spans the filter's from-to when given, whatever the series cover", () => {
    const bins = getChartBins({ from: "2014-01-01", to: "2016-12-31" }, [["2015-06-01", "2015-07-01"], ["2014-03-01", "2016-11-01"]], "month");
    expect(bins).toHaveLength(36);
    expect([bins[0], bins[35]]).toEqual(["2014-01-01", "2016-12-01"]);
  });

  it("spans the union of both series' extents when no dates are filtered", () => {
    expect(getChartBins({}, [["2015-06-01", "2015-07-01"], ["2015-03-01", "2015-05-01"]], "month")).toEqual([
      "2015-03-01", "2015-04-01", "2015-05-01", "2015-06-01", "2015-07-01",
    ]);
  });

  it("takes the given end and the series' extent for the other", () => {
    const bins = getChartBins({ from: "2015-05-10" }, [["2015-06-01", "2015-07-01"]], "month");
    expect(bins).toEqual(["2015-05-01", "2015-06-01", "2015-07-01"]);
    expect(getChartBins({ to: "2015-06-30" }, [["2015-06-15"], ["2015-06-22"]], "week")).toEqual(["2015-06-15", "2015-06-22", "2015-06-29"]);
  });

  it("draws nothing with neither dates nor values", () => {
    expect(getChartBins({}, [[], []], "month")).toEqual([]);
  });

  it("falls back to the series' extent when the from-to holds over 5,000 bins", () => {
    expect(getChartBins({ from: "1900-01-01", to: "2016-12-31" }, [["2015-06-01", "2015-06-03"]], "day")).toEqual(["2015-06-01", "2015-06-02", "2015-06-03"]);
  });

  it("gives both charts the same first and last bin", () => {
    const news = [point("2015-06-01", "is", 5), point("2015-07-01", "regime", 3)];
    const totals = [{ bin: "2015-06-01", low: 4, best: 5, high: 6, highOpen: false, events: 1 }];
    const dataset = { name: "GED", split: true, bySide: false, note: null, points: [] };
    const bins = getChartBins({ from: "2015-01-01", to: "2015-12-31" }, [news.map((p) => p.bin), ...overlayBins(totals, [dataset])], "month");
    const side = toChartRows(news, bins);
    const overlay = toOverlayRows(totals, [dataset], "month", bins);
    expect(side.map((r) => r.bin)).toEqual(overlay.map((r) => r.bin));
    expect([side[0].bin, side[side.length - 1].bin]).toEqual(["2015-01-01", "2015-12-01"]);
    // Bins with no event hold nulls for every side: missing is not zero.
    expect(side[0]).toEqual({ bin: "2015-01-01", is: null, is__band: null, is__open: false, regime: null, regime__band: null, regime__open: false });
  });
});

describe("axis titles", () => {
  it("name the outcome, the bin, the estimate and the placement of the per-side chart", () => {
    expect(sideChartTitles("killed", "month", "line")).toEqual({ x: "month (period start)", y: "reported killed per month, best estimate; band: low–high" });
    expect(sideChartTitles("wounded", "week", "bars")).toEqual({ x: "week from Monday (period start)", y: "reported wounded per week, best estimate, stacked by side" });
    expect(sideChartTitles("captured", "day", "line").x).toBe("day (period start)");
  });

  it("follow the overlay's placement switch", () => {
    expect(overlayChartTitles("killed", "month", "start")).toEqual({ x: "month (period start)", y: "killed per month, all sides, best estimate; band: low–high" });
    expect(overlayChartTitles("killed", "week", "spread").x).toBe("week from Monday (each event spread over its days)");
  });
});
