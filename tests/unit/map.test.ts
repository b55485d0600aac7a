import { describe, expect, it } from "vitest";
import { circleScale, legendValues, MAX_RADIUS, MIN_RADIUS } from "@/lib/map/circle-scale";
import { describeMapRow, formatLowBestHigh, formatPeriod } from "@/lib/map/describe-map-row";

describe("circleScale", () => {
  it("makes a circle's area, not its radius, proportional to its count", () => {
    const scale = circleScale([400, 100, 25]);
    expect(scale.radius(400)).toBe(MAX_RADIUS);
    expect(scale.radius(100)).toBeCloseTo(MAX_RADIUS / 2);
    expect(scale.radius(25)).toBeCloseTo(MAX_RADIUS / 4);
  });

  it("keeps the smallest counts visible and draws nothing for zero", () => {
    const scale = circleScale([100_000, 1]);
    expect(scale.radius(1)).toBe(MIN_RADIUS);
    expect(scale.radius(0)).toBe(0);
    expect(circleScale([]).radius(5)).toBe(0);
  });
});

describe("legendValues", () => {
  it("picks round 1-2-5 figures at or below the largest count", () => {
    expect(legendValues(8366)).toEqual([5000, 1000, 200]);
    expect(legendValues(70)).toEqual([50, 10, 2]);
    expect(legendValues(3)).toEqual([2]);
    expect(legendValues(0)).toEqual([]);
  });
});

describe("a circle's tooltip", () => {
  const row = { layer: "News claims", place: "al-Hasakah", sideLabel: "Regime and allied militias", periodStart: "2015-06-25", periodEnd: "2015-07-08", low: 30, best: 30, high: 1071, highOpen: true, events: 2, claims: 5 };

  it("names place, side, layer, period, low–best–high and the claims behind it", () => {
    expect(describeMapRow(row, "killed")).toBe(
      "al-Hasakah · Regime and allied militias · News claims\n25 Jun 2015 – 8 Jul 2015\nkilled (low–best–high): 30–30–1,071+\n2 events, 5 claims",
    );
  });

  it("writes one figure when low, best and high agree, and one day for a one-day period", () => {
    expect(formatLowBestHigh(3, 3, 3, false)).toBe("3");
    expect(formatLowBestHigh(1200, 1200, 1200, true)).toBe("1,200+");
    expect(formatPeriod("2015-06-25", "2015-06-25")).toBe("25 Jun 2015");
    expect(formatPeriod(null, null)).toBe("period unknown");
  });
});
