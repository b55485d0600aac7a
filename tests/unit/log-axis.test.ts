import { describe, expect, it } from "vitest";
import { countAxis, largestCount, logTicks } from "@/lib/charts/log-axis";

describe("the log count axis", () => {
  it("runs from 0 through the powers of ten to the first at or above the largest count", () => {
    expect(logTicks(48_710)).toEqual([0, 1, 10, 100, 1_000, 10_000, 100_000]);
    expect(logTicks(100)).toEqual([0, 1, 10, 100]);
    expect(logTicks(0)).toEqual([0, 1, 10]);
  });

  it("is a symmetric log, so a count of 0 sits on the baseline instead of breaking the axis", () => {
    expect(countAxis("log", 250)).toEqual({ scale: "symlog", domain: [0, 1_000], ticks: [0, 1, 10, 100, 1_000] });
    expect(countAxis("linear", 250)).toEqual({ scale: "linear" });
  });

  it("reaches the top of every band, and of the whole stack for stacked bars", () => {
    const rows = [
      { bin: "2015-06-01", regime: 30, regime__band: [30, 71] as [number, number], is: 20, is__band: null },
      { bin: "2015-07-01", regime: null, regime__band: null, is: 0, is__band: [0, 0] as [number, number] },
    ];
    expect(largestCount(rows, ["regime", "is"], ["regime__band", "is__band"])).toBe(71);
    expect(largestCount(rows, ["regime", "is"], [], true)).toBe(50);
  });
});
