// The exact SQL an API route runs, for timing it directly through `pg`: the route's
// query function is called once in-process with pg's Client.query wrapped, and the
// statements Prisma's pg adapter sends (text + parameters) are recorded. Replaying
// them measures the database's share of the request, whatever the query builders
// currently generate.
import pg from "pg";

export type CapturedQuery = { text: string; values: unknown[] };

export async function captureQueries(fn: () => Promise<unknown>): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const config = args[0] as { text?: string; values?: unknown[] } | string;
    if (typeof config === "object" && config?.text) captured.push({ text: config.text, values: config.values ?? [] });
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  if (captured.length === 0) throw new Error("no SQL was captured: the query did not go through pg");
  return captured;
}

/** Runs the captured statements the way the route does: concurrently, on a pool. */
export function replayer(pool: pg.Pool, queries: CapturedQuery[]): () => Promise<unknown> {
  return () => Promise.all(queries.map((q) => pool.query({ text: q.text, values: q.values as unknown[] })));
}
