import { describe, expect, it } from "vitest";
import { percentile, summarize } from "@/lib/bench/percentiles";

describe("percentile (nearest rank)", () => {
  const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose

  it("returns observed values at the nearest rank", () => {
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 0)).toBe(1);
  });

  it("takes the 48th of 50 samples as p95", () => {
    const fifty = Array.from({ length: 50 }, (_, i) => i + 1);
    expect(percentile(fifty, 95)).toBe(48);
    expect(percentile(fifty, 50)).toBe(25);
  });

  it("handles one sample and none", () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("refuses a percentile outside 0..100", () => {
    expect(() => percentile([1], 101)).toThrow();
  });

  it("summarizes without changing the input", () => {
    const input = [3, 1, 2];
    expect(summarize(input)).toEqual({ n: 3, p50: 2, p95: 3, p99: 3, mean: 2, max: 3 });
    expect(input).toEqual([3, 1, 2]);
  });
});
