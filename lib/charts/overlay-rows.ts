// The news claims' all-sides totals and each data set's series as the rows one
// chart draws: per bin, a best and a low-high band per series. Bins missing from a
// series stay null (missing is not zero), so lines break rather than drop to 0.
import type { DatasetSeries, TotalPoint } from "./overlay-series-types";
import type { Bin } from "@/lib/filters/filter-schema";
import { binRange } from "./fill-bins";
import { bandKey, bestKey, type ChartRow } from "./series-rows";

export const NEWS_SERIES = "news";
export type OverlaySeries = { key: string; label: string; colour: string; banded: boolean };

// Distinct from the side colours: the news in blue, data sets in dark, warm and violet tones.
const NEWS_COLOUR = "#1f6feb";
const DATASET_COLOURS = ["#222222", "#c2410c", "#7e22ce", "#0f766e"];

export function overlaySeries(datasets: DatasetSeries[]): OverlaySeries[] {
  return [
    { key: NEWS_SERIES, label: "News claims", colour: NEWS_COLOUR, banded: true },
    ...datasets.map((d, i) => ({ key: `dataset${i}`, label: d.name, colour: DATASET_COLOURS[i % DATASET_COLOURS.length], banded: !d.bySide })),
  ];
}

/** The bins where the overlay has a value: the news totals' and each data set's. */
export function overlayBins(news: TotalPoint[], datasets: DatasetSeries[]): string[][] {
  return [news.map((p) => p.bin), ...datasets.map((d) => d.points.filter((p) => p.best !== null).map((p) => p.bin))];
}

/** One row per bin: of `bins` (the domain it shares with the per-side chart) when given, else from the first value to the last. */
export function toOverlayRows(news: TotalPoint[], datasets: DatasetSeries[], bin: Bin, bins?: string[]): ChartRow[] {
  const all = overlayBins(news, datasets).flat().sort();
  const domain = bins ?? (all.length === 0 ? [] : binRange(all[0], all[all.length - 1], bin));
  if (domain.length === 0) return [];
  const rows = new Map<string, ChartRow>(domain.map((b) => [b, { bin: b }]));
  const put = (key: string, p: { bin: string; low: number | null; best: number | null; high: number | null }) => {
    const row = rows.get(p.bin);
    if (!row) return;
    row[bestKey(key)] = p.best;
    row[bandKey(key)] = p.low === null || p.high === null ? null : ([Math.min(p.low, p.high), Math.max(p.low, p.high)] as [number, number]);
  };
  for (const p of news) put(NEWS_SERIES, p);
  datasets.forEach((d, i) => d.points.forEach((p) => put(`dataset${i}`, p)));
  return [...rows.values()];
}
