import "server-only";
import type pg from "pg";
import { getReadPool } from "@/lib/db/read-client";
import { readSql } from "@/lib/db/read-sql";
import { SharedRun } from "@/lib/async/shared-run";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Which data a read will see: the database's name and its data version, which every
 * write bumps in its own transaction (a statement trigger, see the data_version
 * migration). Read before the answer's own queries, so the answer is at least as new
 * as the version it is filed under: both come from the same server (lib/db/read-client.ts),
 * and a replica replays each write with its bump at once. The database's name is part of
 * it because one process may talk to several (the tests do, one database per file).
 */
export type DataVersion = { database: string; version: string };

export async function getDataVersion(): Promise<DataVersion> {
  const rows = await readSql<{ database: string; version: string }[]>(Prisma.sql`
    SELECT current_database() AS database, version::text AS version FROM data_version WHERE id = 1`);
  const row = rows[0];
  if (!row) throw new Error("The data_version row is missing: run `npm run db:migrate`.");
  return row;
}

// Per server: a reader routed to the primary never takes the replica's answer, nor the reverse.
// (Keyed by the pool readSql will use: the run starts in the first waiting reader's routing.)
const sharing = new WeakMap<pg.Pool, SharedRun<DataVersion>>();

/**
 * The data version as of a moment after this call, shared between concurrent readers:
 * under load, one single-row query serves every reader that arrived while the previous
 * one ran, instead of one query per request. A reader never joins a query already sent
 * (it may have been sent before a write this reader must see), only the next one.
 */
export function getDataVersionShared(): Promise<DataVersion> {
  const pool = getReadPool("read");
  let shared = sharing.get(pool);
  if (!shared) sharing.set(pool, (shared = new SharedRun(getDataVersion)));
  return shared.run();
}
