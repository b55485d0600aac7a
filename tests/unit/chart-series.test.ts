import { describe, expect, it } from "vitest";
import { fillBins, nextBin } from "@/lib/charts/fill-bins";
import { toChartRows } from "@/lib/charts/series-rows";

const point = (bin: string, side: string, best: number) => ({ bin, side, low: best - 1, best, high: best + 1, highOpen: false, events: 1 });

describe("time bins", () => {
  it("steps by day, ISO week and month", () => {
    expect(nextBin("2015-06-30", "day")).toBe("2015-07-01");
    expect(nextBin("2015-06-29", "week")).toBe("2015-07-06");
    expect(nextBin("2015-12-01", "month")).toBe("2016-01-01");
  });

  it("fills the months with no event as nulls for every side: missing is not zero", () => {
    const filled = fillBins([point("2015-05-01", "is", 5), point("2015-07-01", "regime", 3)], ["is", "regime"], "month");
    expect(filled.map((p) => [p.bin, p.side, p.best])).toEqual([
      ["2015-05-01", "is", 5], ["2015-05-01", "regime", null],
      ["2015-06-01", "is", null], ["2015-06-01", "regime", null],
      ["2015-07-01", "is", null], ["2015-07-01", "regime", 3],
    ]);
  });

  it("turns points into one chart row per bin with each side's best and band", () => {
    const rows = toChartRows([point("2015-06-01", "is", 5), point("2015-06-01", "regime", 30)]);
    expect(rows).toEqual([{ bin: "2015-06-01", is: 5, is__band: [4, 6], is__open: false, regime: 30, regime__band: [29, 31], regime__open: false }]);
  });
});
