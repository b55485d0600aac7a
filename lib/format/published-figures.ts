// How a data set's summed figures read in the month × place comparison, on screen
// and in the CSV: "12 (10–15)", and the two things a reader must be told rather
// than shown a bare dash or a silently corrected number.

export type PublishedFigures = { low: number; best: number; high: number };

/** The mark for sums whose published best lies outside their own published low–high (UCDP publishes rows so); explained beside the table. */
export const AS_PUBLISHED_MARK = "as published †";

export const AS_PUBLISHED_EXPLANATION =
  "† as published: the data set's own best lies outside its own low–high range. UCDP publishes some rows so (GED 19.1 has 30 rows with low above best and 71 with best above high); the sums keep the figures as written instead of correcting them.";

export function isOutsidePublishedRange(f: PublishedFigures): boolean {
  return f.best < f.low || f.best > f.high;
}

/** What stands in a side's row for a data set that counts all sides together (GED reduced, ACLED). */
export function noSideSplitText(dataset: string): string {
  return `no side split in ${dataset}`;
}

/** The note a data set's cell carries, or null: no side split (a side's row of such a data set), or the † mark. */
export function publishedFiguresNote(f: PublishedFigures | null | undefined, dataset: string, options: { split: boolean; sideRow: boolean }): string | null {
  if (!f && options.sideRow && !options.split) return noSideSplitText(dataset);
  if (f && isOutsidePublishedRange(f)) return AS_PUBLISHED_MARK;
  return null;
}
