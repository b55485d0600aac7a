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
