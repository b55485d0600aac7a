// The dashboard's SQL reads: a Prisma.Sql statement (built with the helpers of lib/sql)
// run on a plain pg pool, with rows shaped as prisma.$queryRaw shapes them
// (./prisma-shaped), so a query module can move between the two unchanged. Why not
// $queryRaw: its path through the client and the driver adapter cost 1.8-3.4 ms more CPU
// per read than pg alone (measured at 1M claims), more than a small view's whole SQL.
// The server is the one withReadRouting chose (lib/db/read-client.ts).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPool } from "./pg-pool";
import { prismaShaped } from "./prisma-shaped";
import { getReadPool } from "./read-client";

/**
 * Runs one read-only statement and returns its rows, typed by the caller as with $queryRaw
 * (`readSql<Row[]>`). `onPrimary`: on the primary whatever the routing (a session's check,
 * which must see a logout or a write at the very next request).
 */
export async function readSql<T = unknown[]>(query: Prisma.Sql, options: { onPrimary?: boolean } = {}): Promise<T> {
  const pool = options.onPrimary ? getPool("read") : getReadPool("read");
  const { rows } = await pool.query(prismaShaped(query));
  return rows as T;
}
