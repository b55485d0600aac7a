// A streamed CSV download: rows are written as they come from the database, so a
// million claims never sit in memory at once.
import { csvRow, type CsvValue } from "./escape";

export type CsvColumn<T> = { header: string; value: (row: T) => CsvValue };

export function csvResponse<T>(fileName: string, columns: CsvColumn<T>[], batches: AsyncIterable<T[]>): Response {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvRow(columns.map((c) => c.header))));
    },
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value.map((row) => csvRow(columns.map((c) => c.value(row)))).join("")));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** One batch, for views that are small aggregates. */
export async function* single<T>(rows: T[]): AsyncGenerator<T[]> {
  yield rows;
}
