// Turns the time series (one point per bin and side) into the rows a chart draws:
// one row per bin, with each side's best and its low-high band.
import type { SeriesPoint } from "./series-point";

export type ChartRow = { bin: string } & Record<string, number | null | [number, number] | string | boolean>;

export const bestKey = (side: string) => `${side}`;
export const bandKey = (side: string) => `${side}__band`;
export const openKey = (side: string) => `${side}__open`;

/** One row per bin; with `bins` (the chart's domain), one row for each of them, empty bins holding nulls. */
export function toChartRows(points: SeriesPoint[], bins: string[] = []): ChartRow[] {
  const sides = [...new Set(points.map((p) => p.side))];
  const empty = (bin: string): ChartRow => {
    const row: ChartRow = { bin };
    for (const side of sides) Object.assign(row, { [bestKey(side)]: null, [bandKey(side)]: null, [openKey(side)]: false });
    return row;
  };
  const rows = new Map<string, ChartRow>(bins.map((b) => [b, empty(b)]));
  for (const p of points) {
    const row = rows.get(p.bin) ?? empty(p.bin);
    row[bestKey(p.side)] = p.best;
    row[bandKey(p.side)] = p.low === null || p.high === null ? null : ([p.low, p.high] as [number, number]);
    row[openKey(p.side)] = p.highOpen;
    rows.set(p.bin, row);
  }
  return [...rows.values()].sort((a, b) => a.bin.localeCompare(b.bin));
}
