// Turns the time series (one point per bin and side) into the rows a chart draws:
// one row per bin, with each side's best and its low-high band.
import type { SeriesPoint } from "./series-point";

export type ChartRow = { bin: string } & Record<string, number | null | [number, number] | string | boolean>;

export const bestKey = (side: string) => `${side}`;
export const bandKey = (side: string) => `${side}__band`;
export const openKey = (side: string) => `${side}__open`;

export function toChartRows(points: SeriesPoint[]): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  for (const p of points) {
    const row = rows.get(p.bin) ?? { bin: p.bin };
    row[bestKey(p.side)] = p.best;
    row[bandKey(p.side)] = p.low === null || p.high === null ? null : ([p.low, p.high] as [number, number]);
    row[openKey(p.side)] = p.highOpen;
    rows.set(p.bin, row);
  }
  return [...rows.values()].sort((a, b) => a.bin.localeCompare(b.bin));
}
