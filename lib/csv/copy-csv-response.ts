// A CSV download streamed straight from PostgreSQL's COPY ... TO STDOUT: the
// database formats RFC 4180 CSV (header, quoting) at its own speed and Node only
// passes bytes on, so memory stays flat whatever the size.
//
// The response starts only once COPY has produced its first block of rows (64 KB,
// or the whole file when it is smaller): a database that is down or a query that
// fails makes the route answer 503 or 500 in JSON (lib/http/route.ts), never a 200
// with an empty or cut file. When COPY fails later (the server stops, the backend
// is terminated), the body stream errors and Next.js destroys the connection
// instead of closing the chunked body, so a client sees a failed download, never
// a short file that looks complete.
import "server-only";
import { to as copyTo } from "pg-copy-streams";
import { getReadPool } from "@/lib/db/read-client";
import { crlfRecords } from "./crlf-records";
import { downloadHeaders } from "@/lib/http/download-headers";

export async function copyCsvResponse(fileName: string, selectSql: string): Promise<Response> {
  const client = await getReadPool("copy").connect();
  let released = false;
  const release = (err?: Error) => {
    if (released) return;
    released = true;
    client.release(err); // with an error, the pool closes the connection rather than reuse it mid-COPY
  };
  const copy = client.query(copyTo(`COPY (${selectSql}) TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')`));
  const body = copy.pipe(crlfRecords());
  copy.on("end", () => release());
  copy.on("error", (err) => {
    release(err);
    body.destroy(err);
  });
  // The download was given up (the client went away): drop the connection, which ends the COPY on the server.
  body.on("close", () => {
    if (!copy.readableEnded) release(new Error("The CSV download was cancelled before the end."));
  });

  // One web stream over the Node one, no second adapter between them: Next.js reads a
  // block, writes it to the socket, and asks for the next (backpressure reaches COPY).
  const blocks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await blocks.next(); // throws, before any byte is sent, when COPY fails before its first block
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(first.value);
    },
    async pull(controller) {
      try {
        const next = await blocks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await blocks.return?.();
    },
  });
  return new Response(stream, { headers: downloadHeaders("text/csv; charset=utf-8", "attachment", fileName) });
}

/** SQL that neutralises a text cell a spreadsheet would run as a formula (leading = + - @ tab CR). */
export function neutralised(column: string): string {
  // The first character's code rather than left(…, 1) IN (…) or a regular expression: it runs
  // for every cell of a million rows, and an integer test makes no text (61 =, 43 +, 45 -, 64 @, 9 tab, 13 CR).
  return `CASE WHEN ascii(${column}) IN (61, 43, 45, 64, 9, 13) THEN '''' || ${column} ELSE ${column} END`;
}
