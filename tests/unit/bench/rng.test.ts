import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/bench/rng";

const draw = (seed: number, n = 20) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe("createRng", () => {
  it("repeats the same sequence for the same seed", () => {
    expect(draw(42)).toEqual(draw(42));
  });

  it("gives another sequence for another seed", () => {
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("stays in [0, 1) and its helpers stay in range", () => {
    const rng = createRng(7);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = rng.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
    }
  });

  it("draws weighted values roughly in proportion", () => {
    const rng = createRng(1);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) counts[rng.weighted([["a", 3], ["b", 1]] as const)]++;
    expect(counts.a / 10_000).toBeGreaterThan(0.7);
    expect(counts.a / 10_000).toBeLessThan(0.8);
  });
});
