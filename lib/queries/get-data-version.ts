import "server-only";
import { getPrisma } from "@/lib/db/client";

/**
 * Which data a read will see: the database's name and its data version, which every
 * write bumps in its own transaction (a statement trigger, see the data_version
 * migration). Read before the answer's own queries, so the answer is at least as new
 * as the version it is filed under. The database's name is part of it because one
 * process may talk to several (the tests do, one database per file).
 */
export type DataVersion = { database: string; version: string };

export async function getDataVersion(): Promise<DataVersion> {
  const rows = await getPrisma().$queryRaw<{ database: string; version: string }[]>`
    SELECT current_database() AS database, version::text AS version FROM data_version WHERE id = 1`;
  const row = rows[0];
  if (!row) throw new Error("The data_version row is missing: run `npm run db:migrate`.");
  return row;
}

let inFlight: Promise<DataVersion> | null = null;
let queued: Promise<DataVersion> | null = null;

/**
 * The data version as of a moment after this call, shared between concurrent readers:
 * under load, one single-row query serves every reader that arrived while the previous
 * one ran, instead of one query per request. A reader never joins a query already sent
 * (it may have been sent before a write this reader must see), only the next one.
 */
export function getDataVersionShared(): Promise<DataVersion> {
  if (!inFlight) return launch();
  queued ??= inFlight.then(noop, noop).then(() => {
    queued = null;
    return launch();
  });
  return queued;
}

function launch(): Promise<DataVersion> {
  const query = getDataVersion();
  inFlight = query;
  const done = () => {
    if (inFlight === query) inFlight = null;
  };
  query.then(done, done);
  return query;
}

function noop(): void {}
