// Latency summaries. Nearest-rank percentiles on the sorted samples: with 50
// samples p95 is the 48th value, an observed latency rather than an interpolation.

export type LatencySummary = { n: number; p50: number; p95: number; p99: number; mean: number; max: number };

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0..100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function summarize(samples: readonly number[]): LatencySummary {
  const n = samples.length;
  return {
    n,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    mean: n ? samples.reduce((a, b) => a + b, 0) / n : Number.NaN,
    max: n ? Math.max(...samples) : Number.NaN,
  };
}
