// Page after page of a paged reader, as the batches a streamed CSV writes: the one
// page loop of every CSV that reads through a paged view (the comparison, the
// uncertainty view, the reports), so each file holds every page the screen pages through.

/** Yields each page's rows (mapped by `rowsOf`) until a page comes back short. */
export async function* pageBatches<P, T>(load: (page: number, pageSize: number) => Promise<{ rows: P[] }>, pageSize: number, rowsOf: (rows: P[]) => T[]): AsyncGenerator<T[]> {
  for (let page = 1; ; page++) {
    const { rows } = await load(page, pageSize);
    const out = rowsOf(rows);
    if (out.length) yield out;
    if (rows.length < pageSize) return;
  }
}
