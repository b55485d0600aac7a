// The count axis on a log scale. News totals sit beside country-wide data-set totals
// a hundred times larger, and a log axis shows both. It is a symmetric log (d3's
// scaleSymlog: log(1 + x)), which runs like log10 above about 10 and still reaches 0,
// so a bin whose count is 0 is drawn on the baseline, labelled 0, instead of breaking
// the axis (log 0 is -infinity) or vanishing. Ticks are 0 and the powers of ten.
import type { ChartRow } from "./series-rows";

export type CountAxis = { scale: "linear" | "symlog"; domain?: [number, number]; ticks?: number[] };

/** The largest count any row draws: each series' value and band top, or, stacked, the sum of a row's values. */
export function largestCount(rows: readonly ChartRow[], valueKeys: readonly string[], bandKeys: readonly string[], stacked = false): number {
  let max = 0;
  for (const row of rows) {
    const values = valueKeys.map((k) => row[k]).filter((v): v is number => typeof v === "number");
    const tops = bandKeys.map((k) => row[k]).filter((b): b is [number, number] => Array.isArray(b)).map((b) => b[1]);
    max = Math.max(max, stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values), ...tops);
  }
  return max;
}

/** 0, 1, 10, 100 … up to the first power of ten at or above `max` (at least 10). */
export function logTicks(max: number): number[] {
  const ticks = [0, 1];
  while (ticks[ticks.length - 1] < max || ticks.length < 3) ticks.push(ticks[ticks.length - 1] * 10);
  return ticks;
}

/** The y axis a chart draws for its scale: Recharts' own on linear, a symlog with decade ticks on log. */
export function countAxis(scale: "linear" | "log", max: number): CountAxis {
  if (scale === "linear") return { scale: "linear" };
  const ticks = logTicks(max);
  return { scale: "symlog", domain: [0, ticks[ticks.length - 1]], ticks };
}
