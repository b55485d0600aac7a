// Adds the empty bins between the first and the last, per side, with null counts:
// a gap in the reports is not a day without deaths.
import type { Bin } from "@/lib/filters/filter-schema";
import type { SeriesPoint as Point } from "./series-point";

export function nextBin(iso: string, bin: Bin): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (bin === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (bin === "week") d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

export const MAX_BINS = 5000;

/** Every bin from the first to the last, inclusive (at most 5,000: a chart has no use for more). */
export function binRange(first: string, last: string, bin: Bin): string[] {
  const bins: string[] = [];
  for (let b = first; b <= last && bins.length < MAX_BINS; b = nextBin(b, bin)) bins.push(b);
  return bins;
}

export function fillBins<P extends Point>(points: P[], sides: string[], bin: Bin): Point[] {
  if (points.length === 0) return [];
  const bins = points.map((p) => p.bin).sort();
  const [first, last] = [bins[0], bins[bins.length - 1]];
  const byKey = new Map(points.map((p) => [`${p.bin}|${p.side}`, p]));
  const filled: Point[] = [];
  for (const b of binRange(first, last, bin)) {
    for (const side of sides) {
      filled.push(byKey.get(`${b}|${side}`) ?? { bin: b, side, low: null, best: null, high: null, highOpen: false, events: 0 });
    }
  }
  return filled;
}
