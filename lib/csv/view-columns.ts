// The columns of each CSV download: the same figures the page shows, named as in
// the JSON API (claims use the extractor's field names).
import { publishedFiguresNote } from "@/lib/format/published-figures";
import { formatSourceFigure, formatSourceFigures } from "@/lib/format/source-figures";
import type { ComparisonRow } from "@/lib/queries/get-comparison";
import type { BreakdownRow } from "@/lib/queries/get-dataset-breakdown";
import type { Timeseries } from "@/lib/queries/get-timeseries";
import type { MonthPlaceRow } from "@/lib/queries/get-month-place-comparison";
import type { SeriesPoint } from "@/lib/queries/get-deaths-by-period";
import type { UncertaintyClaim, UncertaintyRow } from "@/lib/queries/get-uncertainty";
import type { ReportListRow } from "@/lib/queries/list-reports";
import type { HistoryEntry } from "@/lib/queries/get-claim-history";
import type { CsvColumn } from "./csv-response";

export const TIMESERIES_COLUMNS: CsvColumn<SeriesPoint & { outcome: string }>[] = [
  { header: "bin", value: (r) => r.bin },
  { header: "side", value: (r) => r.side },
  { header: "outcome", value: (r) => r.outcome },
  { header: "low", value: (r) => r.low },
  { header: "best", value: (r) => r.best },
  { header: "high", value: (r) => r.high },
  { header: "highOpen", value: (r) => r.highOpen },
  { header: "events", value: (r) => r.events },
];

/** As the screen: `figures` holds every source's figure ("SOHR ≥30 · ARA News 71"), then a column per source picked, then the estimate. */
export function comparisonColumns(columns: string[]): CsvColumn<ComparisonRow>[] {
  return [
    { header: "eventId", value: (r) => r.eventId },
    { header: "periodStart", value: (r) => r.periodStart },
    { header: "periodEnd", value: (r) => r.periodEnd },
    { header: "place", value: (r) => r.place },
    { header: "side", value: (r) => r.side },
    { header: "outcome", value: (r) => r.outcome },
    { header: "scope", value: (r) => r.scope },
    { header: "figures", value: (r) => formatSourceFigures(r.cells) || null },
    ...columns.map((source) => ({ header: source, value: (r: ComparisonRow) => (r.cells[source] ? formatSourceFigure(r.cells[source]) : null) })),
    { header: "low", value: (r) => r.low },
    { header: "best", value: (r) => r.best },
    { header: "high", value: (r) => r.high },
    { header: "highOpen", value: (r) => r.highOpen },
    { header: "claimants", value: (r) => r.claimantCount },
    { header: "spread", value: (r) => r.spread },
    { header: "disputed", value: (r) => r.disputed },
  ];
}

/** News figures, then low/best/high/events, the ratio and the screen's note ("no side split in …", "as published †") for each data set asked for. */
export function monthPlaceColumns(datasets: string[], splits: Map<string, boolean>): CsvColumn<MonthPlaceRow>[] {
  const ratio = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 100) / 100);
  return [
    { header: "month", value: (r) => r.month },
    { header: "place", value: (r) => r.place },
    { header: "side", value: (r) => r.side },
    { header: "newsLow", value: (r) => r.news?.low ?? null },
    { header: "newsBest", value: (r) => r.news?.best ?? null },
    { header: "newsHigh", value: (r) => r.news?.high ?? null },
    { header: "newsHighOpen", value: (r) => r.news?.highOpen ?? null },
    { header: "newsEvents", value: (r) => r.news?.events ?? null },
    ...datasets.flatMap((d): CsvColumn<MonthPlaceRow>[] => [
      { header: `${d} low`, value: (r) => r.datasets[d]?.low ?? null },
      { header: `${d} best`, value: (r) => r.datasets[d]?.best ?? null },
      { header: `${d} high`, value: (r) => r.datasets[d]?.high ?? null },
      { header: `${d} events`, value: (r) => r.datasets[d]?.events ?? null },
      { header: `news/${d}`, value: (r) => ratio(r.ratios[d]) },
      { header: `${d} note`, value: (r) => publishedFiguresNote(r.datasets[d], d, { split: splits.get(d) ?? false, sideRow: r.side !== "all" }) },
    ]),
  ];
}

/** One row of the time series with data sets beside it: a source (the news claims per side, or a data set) and a bin. */
export type OverlayLine = {
  source: string; bin: string; side: string; outcome: string; low: number | null; best: number | null; high: number | null;
  highOpen: boolean | null; events: number; spanningEvents: number | null; spanningBest: number | null;
  deathsA: number | null; deathsB: number | null; deathsCivilians: number | null; deathsUnknown: number | null;
};

export const NEWS_SOURCE = "News claims";

export function overlayLines(t: Timeseries, outcome: string): OverlayLine[] {
  const none = { spanningEvents: null, spanningBest: null, deathsA: null, deathsB: null, deathsCivilians: null, deathsUnknown: null };
  const news = t.points.map((p): OverlayLine => ({ source: NEWS_SOURCE, outcome, ...p, ...none }));
  const totals = t.newsTotals.map((p): OverlayLine => ({ source: NEWS_SOURCE, side: "all", outcome, ...p, ...none }));
  const sets = t.datasets.flatMap((d) =>
    d.points.map((p): OverlayLine => ({
      source: d.name, bin: p.bin, side: d.bySide ? "picked" : "all", outcome, low: p.low, best: p.best, high: p.high, highOpen: null, events: p.events,
      spanningEvents: p.spanning, spanningBest: p.spanningBest, deathsA: p.deathsA, deathsB: p.deathsB, deathsCivilians: p.deathsCivilians, deathsUnknown: p.deathsUnknown,
    })),
  );
  return [...news, ...totals, ...sets];
}

export const OVERLAY_COLUMNS: CsvColumn<OverlayLine>[] = (
  ["source", "bin", "side", "outcome", "low", "best", "high", "highOpen", "events", "spanningEvents", "spanningBest", "deathsA", "deathsB", "deathsCivilians", "deathsUnknown"] as const
).map((key) => ({ header: key, value: (r: OverlayLine) => r[key] }));

export const BREAKDOWN_COLUMNS: CsvColumn<BreakdownRow>[] = (
  ["key", "events", "low", "best", "high", "deathsA", "deathsB", "deathsCivilians", "deathsUnknown"] as const
).map((key) => ({ header: key, value: (r: BreakdownRow) => r[key] }));

type UncertaintyLine = { event: UncertaintyRow; claim: UncertaintyClaim; outcome: string };

export const UNCERTAINTY_COLUMNS: CsvColumn<UncertaintyLine>[] = [
  { header: "eventId", value: (r) => r.event.eventId },
  { header: "periodStart", value: (r) => r.event.periodStart },
  { header: "place", value: (r) => r.event.place },
  { header: "side", value: (r) => r.event.side },
  { header: "outcome", value: (r) => r.outcome },
  { header: "scope", value: (r) => r.event.scope },
  { header: "eventLow", value: (r) => r.event.low },
  { header: "eventBest", value: (r) => r.event.best },
  { header: "eventHigh", value: (r) => r.event.high },
  { header: "eventHighOpen", value: (r) => r.event.highOpen },
  { header: "disagreement", value: (r) => Math.round(r.event.disagreement * 100) / 100 },
  { header: "claimId", value: (r) => r.claim.claimId },
  { header: "outlet", value: (r) => r.claim.outlet },
  { header: "claimant", value: (r) => r.claim.claimant },
  { header: "numberText", value: (r) => r.claim.numberText },
  { header: "qualifier", value: (r) => r.claim.qualifier },
  { header: "low", value: (r) => r.claim.low },
  { header: "high", value: (r) => r.claim.high },
  { header: "point", value: (r) => r.claim.point },
];

export const REPORT_COLUMNS: CsvColumn<ReportListRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "title", value: (r) => r.title },
  { header: "outlet", value: (r) => r.outlet },
  { header: "publishedOn", value: (r) => r.publishedOn },
  { header: "publishedPrecision", value: (r) => r.publishedPrecision },
  { header: "claimCount", value: (r) => r.claimCount },
];

export const HISTORY_COLUMNS: CsvColumn<HistoryEntry>[] = [
  { header: "at", value: (r) => r.at },
  { header: "user", value: (r) => r.user },
  { header: "action", value: (r) => r.action },
  { header: "before", value: (r) => (r.before === null || r.before === undefined ? null : JSON.stringify(r.before)) },
  { header: "after", value: (r) => (r.after === null || r.after === undefined ? null : JSON.stringify(r.after)) },
];
