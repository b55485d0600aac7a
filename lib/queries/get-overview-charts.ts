// The overview's two charts for a view, as the page and its embeds draw them: the
// per-side series in rows over the bins both charts share, the overlay's series, the
// sides with their labels and colours, and the sources to cite.
import "server-only";
import { overlayBins } from "@/lib/charts/overlay-rows";
import { toChartRows, type ChartRow } from "@/lib/charts/series-rows";
import { getChartBins } from "@/lib/charts/time-domain";
import type { ViewSources } from "@/lib/citation/sources";
import { keepKnownFilterValues } from "@/lib/filters/drop-unknown-filter-values";
import type { Outcome } from "@/lib/filters/filter-schema";
import type { IgnoredValue } from "@/lib/filters/parse-search-params";
import { getProfile } from "@/lib/profiles";
import { chartOutcome, type OverviewQuery } from "@/lib/schemas/view-queries";
import { getFilterOptions, type FilterOptions } from "./get-filter-options";
import { getTimeseries, type Timeseries } from "./get-timeseries";
import { getViewSources } from "./get-view-sources";

export type ChartSideStyle = { key: string; label: string; colour: string };
export type OverviewCharts = { series: Timeseries; sides: ChartSideStyle[]; rows: ChartRow[]; bins: string[]; sources: ViewSources };

export async function getOverviewCharts(q: OverviewQuery, outcome: Outcome, options: FilterOptions): Promise<OverviewCharts> {
  const [series, sources] = await Promise.all([getTimeseries(q, q.bin, outcome, q.placement), getViewSources(q)]);
  const sides = options.sides.filter((s) => series.sides.includes(s.value)).map((s) => ({ key: s.value, label: s.label, colour: s.colour ?? "#777" }));
  // The per-side chart and the data-set overlay span the same bins.
  const newsBins = series.points.filter((p) => p.best !== null).map((p) => p.bin);
  const bins = getChartBins(q, [newsBins, ...overlayBins(series.newsTotals, series.datasets)], q.bin);
  const rows = series.points.length > 0 ? toChartRows(series.points, bins) : [];
  return { series, sides, rows, bins, sources };
}

/** For an embed: the query as the page reads it (unknown sides and data sets left out), and its charts. */
export async function getEmbeddedOverview(parsed: { query: OverviewQuery; ignored: IgnoredValue[] }): Promise<{ q: OverviewQuery; outcome: Outcome; charts: OverviewCharts }> {
  const options = await getFilterOptions();
  const { q } = keepKnownFilterValues(parsed, getProfile().sides.map((s) => s.key), options);
  const outcome = chartOutcome(q.outcome);
  return { q, outcome, charts: await getOverviewCharts(q, outcome, options) };
}
