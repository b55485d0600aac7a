// Event estimates -> chart-ready series: per bin and side, summed over distinct events.

import { fromDayNumber, nextMonth, startOfIsoWeek, startOfMonth, toDayNumber } from "./days";
import { distinctEstimateRows } from "./distinct-estimate-rows";
import type { Bin } from "@/lib/claim-vocabulary";
import type { EventEstimate, Outcome } from "./types";

export type TimeBin = Bin;

export type TimeSeriesOptions = {
  bin: TimeBin;
  /** Which outcome to chart; killed, the headline, unless asked. Outcomes are never summed together. */
  outcome?: Outcome;
};

/** One side in one bin. A bin where the side has no event holds nulls: missing is not zero. */
export type TimeSeriesPoint = {
  /** The bin's first day: the day itself, the Monday of its ISO week, or the 1st of its month. */
  bin: string;
  side: string;
  low: number | null;
  best: number | null;
  high: number | null;
  highOpen: boolean;
  eventCount: number;
};

export type TimeSeries = {
  bin: TimeBin;
  outcome: Outcome;
  /** Every bin from the first to the last event's, for every side charted, in bin then side order. */
  points: TimeSeriesPoint[];
  /** Events with no period: counted and listed, not charted. */
  undated: { eventCount: number; estimates: EventEstimate[] };
};

/**
 * Sums low, best and high per bin and side over distinct events, so nothing is counted twice.
 * An event falls in the bin of its periodStart, however long it lasts: spreading it over
 * several bins would invent a daily split no claimant made.
 */
export function buildTimeSeries(estimates: readonly EventEstimate[], options: TimeSeriesOptions): TimeSeries {
  const outcome = options.outcome ?? "killed";
  const rows = distinctEstimateRows(estimates).filter((row) => row.outcome === outcome);
  const dated = rows.filter((row) => row.periodStart !== null);
  const undated = rows.filter((row) => row.periodStart === null);

  const cells = new Map<string, EventEstimate[]>();
  for (const row of dated) {
    const key = cellKey(binStart(row.periodStart!, options.bin), row.side);
    cells.set(key, [...(cells.get(key) ?? []), row]);
  }
  const sides = [...new Set(dated.map((row) => row.side))].sort();
  const points = binsCovering(dated.map((row) => row.periodStart!), options.bin).flatMap((bin) =>
    sides.map((side) => toPoint(bin, side, cells.get(cellKey(bin, side)) ?? [])),
  );
  return {
    bin: options.bin,
    outcome,
    points,
    undated: { eventCount: new Set(undated.map((row) => row.eventKey)).size, estimates: undated },
  };
}

export function binStart(day: string, bin: TimeBin): string {
  if (bin === "week") return startOfIsoWeek(day);
  if (bin === "month") return startOfMonth(day);
  return startOfDay(day);
}

function startOfDay(day: string): string {
  return fromDayNumber(toDayNumber(day));
}

/** Bin starts from the earliest day's bin to the latest's, none skipped. */
function binsCovering(days: readonly string[], bin: TimeBin): string[] {
  if (days.length === 0) return [];
  const sorted = [...days].sort();
  const last = binStart(sorted[sorted.length - 1], bin);
  const bins: string[] = [];
  for (let current = binStart(sorted[0], bin); current <= last; current = nextBinStart(current, bin)) {
    bins.push(current);
  }
  return bins;
}

function nextBinStart(start: string, bin: TimeBin): string {
  if (bin === "month") return nextMonth(start);
  return fromDayNumber(toDayNumber(start) + (bin === "week" ? 7 : 1));
}

function toPoint(bin: string, side: string, rows: readonly EventEstimate[]): TimeSeriesPoint {
  if (rows.length === 0) return { bin, side, low: null, best: null, high: null, highOpen: false, eventCount: 0 };
  const total = (pick: (row: EventEstimate) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  return {
    bin,
    side,
    low: total((row) => row.low),
    best: total((row) => row.best),
    high: total((row) => row.high),
    highOpen: rows.some((row) => row.highOpen),
    eventCount: new Set(rows.map((row) => row.eventKey)).size,
  };
}

function cellKey(bin: string, side: string): string {
  return `${bin}|${side}`;
}
