// Streams COPY text into a table through pg-copy-streams, honouring backpressure
// so a large batch is never buffered twice.
import { once } from "node:events";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type CopyOptions = { freeze?: boolean };

/** COPY table (columns) FROM STDIN; `lines` are COPY text lines ending in \n. Returns the rows written. */
export async function copyLines(client: pg.ClientBase, table: string, columns: string[], lines: Iterable<string>, options: CopyOptions = {}): Promise<number> {
  // FREEZE: the rows are written already frozen and all-visible (the table was truncated in
  // this transaction), so no later VACUUM has to rewrite a million rows' hint bits.
  const sql = `COPY ${table} (${columns.join(", ")}) FROM STDIN${options.freeze ? " WITH (FREEZE)" : ""}`;
  const stream = client.query(copyFrom(sql));
  const done = new Promise<void>((resolve, reject) => {
    stream.once("finish", resolve);
    stream.once("error", reject);
  });
  let rows = 0;
  let chunk = "";
  for (const line of lines) {
    chunk += line;
    rows++;
    // ~1 MB writes: few syscalls, bounded memory.
    if (chunk.length >= 1 << 20) {
      if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), done]);
      chunk = "";
    }
  }
  if (chunk) stream.write(chunk);
  stream.end();
  await done;
  return rows;
}
