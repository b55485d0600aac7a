import { describe, expect, it } from "vitest";
import type { DatasetSeries } from "@/lib/charts/overlay-series-types";
import { overlaySeries, toOverlayRows } from "@/lib/charts/overlay-rows";

const point = (bin: string, low: number | null, best: number | null, high: number | null) => ({
  bin, events: best === null ? 0 : 1, low, best, high, spanning: 0, spanningBest: 0, deathsA: null, deathsB: null, deathsCivilians: null, deathsUnknown: null,
});
const ged: DatasetSeries = { name: "UCDP GED 21.1", split: false, bySide: false, note: null, points: [point("2015-05-01", 100, 112, 109), point("2015-06-01", null, null, null), point("2015-07-01", 8, 9, 10)] };

describe("toOverlayRows", () => {
  it("puts the news totals and each data set in one row per bin, missing bins null", () => {
    const rows = toOverlayRows([{ bin: "2015-06-01", low: 50, best: 50, high: 60, highOpen: false, events: 2 }], [ged], "month");
    expect(rows.map((r) => r.bin)).toEqual(["2015-05-01", "2015-06-01", "2015-07-01"]);
    expect(rows[1]).toMatchObject({ news: 50, news__band: [50, 60], dataset0: null });
    expect(rows[0].news).toBeUndefined(); // no news that month: the line breaks, it does not drop to 0
  });

  it("draws a band from the smaller to the larger of a data set's published low and high", () => {
    const rows = toOverlayRows([], [ged], "month");
    expect(rows[0]).toMatchObject({ dataset0: 112, dataset0__band: [100, 109] });
  });

  it("names the series and bands only what has a range", () => {
    expect(overlaySeries([ged, { ...ged, name: "GED 19.1", bySide: true }]).map((s) => [s.label, s.banded])).toEqual([
      ["News claims", true], ["UCDP GED 21.1", true], ["GED 19.1", false],
    ]);
  });
});
