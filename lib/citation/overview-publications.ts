// The publication texts of the overview's two charts (the per-side chart and the
// data-set overlay), the same on the page and in /embed/overview and /embed/overlay.
import { overlaySeries } from "@/lib/charts/overlay-rows";
import type { DatasetSeries } from "@/lib/charts/overlay-series-types";
import { viewQueryString } from "@/lib/filters/query-string";
import { overviewQuerySchema, type OverviewQuery } from "@/lib/schemas/view-queries";
import { chartPublication, type ChartPublicationText } from "./chart-publication";
import type { ViewSources } from "./sources";
import { overlayChartTitle, sideChartTitle } from "./view-titles";

export type LegendItem = { label: string; colour: string; dashed?: boolean; block?: boolean };
export type PublishedChart = ChartPublicationText & { legend: LegendItem[] };

type Input = {
  q: OverviewQuery;
  outcome: string;
  sides: { key: string; label: string; colour: string }[];
  datasets: DatasetSeries[];
  sources: ViewSources;
  sideLabels: Record<string, string>;
  origin: string;
  accessed: Date;
};

export const PER_SIDE_CHART = { id: "per-side-chart", embedPath: "/embed/overview" } as const;
export const OVERLAY_CHART = { id: "overlay-chart", embedPath: "/embed/overlay" } as const;

export function overviewPublications({ q, outcome, sides, datasets, sources, sideLabels, origin, accessed }: Input): { perSide: PublishedChart; overlay: PublishedChart | null } {
  const query = viewQueryString(q, overviewQuerySchema.parse({}));
  const common = { filters: q, sideLabels, origin, pagePath: "/", query, accessed };
  // The per-side chart draws the news claims alone: the data sets are the overlay's sources.
  const newsSources = { outlets: sources.outlets, datasets: sources.datasets.filter((d) => !q.dataset.includes(d.name)) };
  const perSide = {
    ...chartPublication({
      ...common,
      ...PER_SIDE_CHART,
      filters: { ...q, dataset: [] },
      title: sideChartTitle(outcome, q.bin),
      settings: { outcome, bin: q.bin, scale: q.scale },
      sources: newsSources,
    }),
    legend: sides.map((s) => ({ label: s.label, colour: s.colour, block: q.chart === "bars" })),
  };
  if (datasets.length === 0) return { perSide, overlay: null };
  const overlay = {
    ...chartPublication({
      ...common,
      ...OVERLAY_CHART,
      title: overlayChartTitle(outcome, q.bin, datasets.map((d) => d.name)),
      settings: { outcome, bin: q.bin, scale: q.scale, placement: q.placement },
      sources,
    }),
    legend: overlaySeries(datasets).map((s, i) => ({ label: s.label, colour: s.colour, dashed: i > 0 })),
  };
  return { perSide, overlay };
}
