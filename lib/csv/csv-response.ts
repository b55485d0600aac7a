// A streamed CSV download: rows are written as they come from the database, so a
// million claims never sit in memory at once.
//
// The response starts only once the first batch is in hand: a database that is
// down makes the route answer 503 (lib/http/route.ts), never a 200 with a header
// row and nothing after it. A batch that fails later errors the body stream, and
// Next.js then destroys the connection instead of closing the chunked body, so a
// client sees a failed download, never a short file that looks complete.
import { csvRow, type CsvValue } from "./escape";
import { downloadHeaders } from "@/lib/http/download-headers";

export type CsvColumn<T> = { header: string; value: (row: T) => CsvValue };

export async function csvResponse<T>(fileName: string, columns: CsvColumn<T>[], batches: AsyncIterable<T[]>): Promise<Response> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  const lines = (rows: T[]) => rows.map((row) => csvRow(columns.map((c) => c.value(row)))).join("");
  const first = await iterator.next(); // throws before any byte is sent
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvRow(columns.map((c) => c.header)) + (first.done ? "" : lines(first.value))));
      if (first.done) controller.close();
    },
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(lines(next.value)));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, { headers: downloadHeaders("text/csv; charset=utf-8", "attachment", fileName) });
}

/** One batch, for views that are small aggregates. */
export async function* single<T>(rows: T[]): AsyncGenerator<T[]> {
  yield rows;
}
