// The coverage view's two tables as CSV, the same figures as the page: reports are
// counted (0 is a real zero: no report), casualty figures are empty where no event
// was claimed (missing is not zero).
import type { CoverageMonth, CoverageOutlet } from "@/lib/queries/get-coverage-by-month";
import type { CoveragePlace } from "@/lib/queries/get-coverage-by-place";
import type { CsvColumn } from "./csv-response";

type WithFigures = { figures: { low: number; best: number; high: number; highOpen: boolean; events: number } | null };

function figureColumns<T extends WithFigures>(): CsvColumn<T>[] {
  return [
    { header: "low", value: (r) => r.figures?.low ?? null },
    { header: "best", value: (r) => r.figures?.best ?? null },
    { header: "high", value: (r) => r.figures?.high ?? null },
    { header: "highOpen", value: (r) => r.figures?.highOpen ?? null },
    { header: "events", value: (r) => r.figures?.events ?? 0 },
  ];
}

/** "SOHR 3; ARA News 2": the outlets of a place, most reports first. */
export function formatOutletCounts(outlets: CoverageOutlet[]): string {
  return outlets.map((o) => `${o.name} ${o.reports}`).join("; ");
}

export function coverageMonthColumns(outlets: string[]): CsvColumn<CoverageMonth>[] {
  return [
    { header: "month", value: (r) => r.month },
    { header: "reports", value: (r) => r.reports },
    { header: "reportsWithClaims", value: (r) => r.reportsWithClaims },
    ...figureColumns<CoverageMonth>(),
    ...outlets.map((name): CsvColumn<CoverageMonth> => ({ header: name, value: (r) => r.byOutlet[name] ?? 0 })),
  ];
}

export const COVERAGE_PLACE_COLUMNS: CsvColumn<CoveragePlace>[] = [
  { header: "place", value: (r) => r.place },
  { header: "reports", value: (r) => r.reports },
  { header: "claims", value: (r) => r.claims },
  { header: "outlets", value: (r) => r.outlets.length },
  { header: "reportsByOutlet", value: (r) => formatOutletCounts(r.outlets) },
  { header: "months", value: (r) => r.months },
  { header: "firstMonth", value: (r) => r.firstMonth },
  { header: "lastMonth", value: (r) => r.lastMonth },
  ...figureColumns<CoveragePlace>(),
];
