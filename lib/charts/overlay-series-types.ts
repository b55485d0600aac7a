// The shapes of the series set beside each other on the overlay chart (the queries
// fill them, the chart rows read them): missing bins are null, not zero.

/** The news claims' counts in one bin with all sides together. */
export type TotalPoint = { bin: string; low: number; best: number; high: number; highOpen: boolean; events: number };

export type DatasetPoint = {
  bin: string;
  events: number;
  low: number | null;
  best: number | null;
  high: number | null;
  /** Events of this bin whose period runs into a later bin, and their best. */
  spanning: number;
  spanningBest: number;
  /** UCDP's split of best by role, summed (null where the layout has none or sides are picked). */
  deathsA: number | null;
  deathsB: number | null;
  deathsCivilians: number | null;
  deathsUnknown: number | null;
};

export type DatasetSeries = {
  name: string;
  /** The data set splits deaths by side. */
  split: boolean;
  /** The counts are of the sides picked in the filters (else of all sides, as published). */
  bySide: boolean;
  note: string | null;
  points: DatasetPoint[];
};
