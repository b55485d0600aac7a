// The overview's time series: the news claims per side and, for each data set the
// view sets beside them, its series and the news claims' all-sides totals to read
// it against. (Events that run into later bins are counted and listed apart, by
// /api/events/spanning: counting them on every chart request doubled its cost.)
import "server-only";
import type { Bin, Filters, Outcome } from "@/lib/filters/filter-schema";
import type { Placement } from "@/lib/schemas/view-queries";
import { getDatasetSeries, type DatasetSeries } from "./get-dataset-series";
import { getDeathsByPeriod, type DeathsByPeriod } from "./get-deaths-by-period";
import { getNewsTotalsByPeriod, type TotalPoint } from "./get-news-totals-by-period";

export type Timeseries = DeathsByPeriod & {
  /** All sides together, only when data sets are set beside the news claims. */
  newsTotals: TotalPoint[];
  datasets: DatasetSeries[];
};

/** `placement` moves the overlay's events (the news totals and the data sets); the per-side series is always by start. */
export async function getTimeseries(filters: Filters, bin: Bin, outcome: Outcome, placement: Placement = "start"): Promise<Timeseries> {
  const overlay = filters.dataset.length > 0;
  const [series, newsTotals, datasets] = await Promise.all([
    getDeathsByPeriod(filters, bin, outcome),
    overlay ? getNewsTotalsByPeriod(filters, bin, outcome, placement) : Promise.resolve([]),
    getDatasetSeries(filters, bin, outcome, placement),
  ]);
  return { ...series, newsTotals, datasets };
}
