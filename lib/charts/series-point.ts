/** One side's counts in one time bin; null where no event fell in the bin (missing is not zero). */
export type SeriesPoint = { bin: string; side: string; low: number | null; best: number | null; high: number | null; highOpen: boolean; events: number };
