// The bins a time chart spans. The per-side chart and the data-set overlay below it
// share one domain: the filter's from-to when given, else the union of the series'
// extents, in the same bins, so a month sits at the same place on both.
import type { Bin } from "@/lib/filters/filter-schema";
import { binRange, MAX_BINS, nextBin } from "./fill-bins";

/** The first day of the bin holding `iso`: itself for a day, the Monday of its ISO week, the 1st of its month. */
export function binStart(iso: string, bin: Bin): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (bin === "week") d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  else if (bin === "month") d.setUTCDate(1);
  return d.toISOString().slice(0, 10);
}

/** How many bins run from `first` to `last`, inclusive, counting no further than `limit`. */
function countBins(first: string, last: string, bin: Bin, limit: number): number {
  let n = 0;
  for (let b = first; b <= last && n <= limit; b = nextBin(b, bin)) n++;
  return n;
}

/**
 * Every bin both charts draw. `seriesBins` are the bins where each series has a value.
 * A from-to too long to draw in these bins (over 5,000) falls back to the series' extent.
 */
export function getChartBins(range: { from?: string; to?: string }, seriesBins: string[][], bin: Bin): string[] {
  const present = seriesBins.flat().sort();
  const dataFirst = present[0];
  const dataLast = present[present.length - 1];
  const first = range.from ? binStart(range.from, bin) : dataFirst;
  const last = range.to ? binStart(range.to, bin) : dataLast;
  if (!first || !last) return [];
  const [from, to] = [dataFirst && dataFirst < first ? dataFirst : first, dataLast && dataLast > last ? dataLast : last];
  if (countBins(from, to, bin, MAX_BINS) > MAX_BINS) return dataFirst ? binRange(dataFirst, dataLast, bin) : [];
  return binRange(from, to, bin);
}
