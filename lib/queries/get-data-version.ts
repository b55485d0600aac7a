import "server-only";
import { getReadPrisma } from "@/lib/db/read-client";
import { SharedRun } from "@/lib/async/shared-run";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Which data a read will see: the database's name and its data version, which every
 * write bumps in its own transaction (a statement trigger, see the data_version
 * migration). Read before the answer's own queries, so the answer is at least as new
 * as the version it is filed under: both come from the same server (lib/db/read-client.ts),
 * and a replica replays each write with its bump at once. The database's name is part of
 * it because one process may talk to several (the tests do, one database per file).
 */
export type DataVersion = { database: string; version: string };

export async function getDataVersion(prisma: PrismaClient = getReadPrisma()): Promise<DataVersion> {
  const rows = await prisma.$queryRaw<{ database: string; version: string }[]>`
    SELECT current_database() AS database, version::text AS version FROM data_version WHERE id = 1`;
  const row = rows[0];
  if (!row) throw new Error("The data_version row is missing: run `npm run db:migrate`.");
  return row;
}

// Per server: a reader routed to the primary never takes the replica's answer, nor the reverse.
const sharing = new WeakMap<PrismaClient, SharedRun<DataVersion>>();

/**
 * The data version as of a moment after this call, shared between concurrent readers:
 * under load, one single-row query serves every reader that arrived while the previous
 * one ran, instead of one query per request. A reader never joins a query already sent
 * (it may have been sent before a write this reader must see), only the next one.
 */
export function getDataVersionShared(): Promise<DataVersion> {
  const prisma = getReadPrisma();
  let shared = sharing.get(prisma);
  if (!shared) sharing.set(prisma, (shared = new SharedRun(() => getDataVersion(prisma))));
  return shared.run();
}
