// Where the dashboard's reads go: the one place that decides. A read-only piece of
// work (an API GET's answer together with its data version, a page's data) runs inside
// withReadRouting, which picks one server for all of it: the streaming replica when
// one is configured, answers, and has replayed the caller's last write; else the primary.
// One server per piece of work keeps an answer consistent with itself and with the
// data version it is filed under (lib/routes/cached-read.ts).
// Readers (lib/queries) run their SQL through readSql (lib/db/read-sql.ts) and take any
// Prisma client from getReadPrisma(); both are the primary
// outside withReadRouting: scripts, write paths and anything not routed see the newest data.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { getPrisma, getReplicaPrisma } from "./client";
import { getPool, getReplicaPool, type ReadKind } from "./pg-pool";
import { markReplicaDown, replicaCanServe } from "./replica-status";

const onReplica = new AsyncLocalStorage<boolean>();

/**
 * Runs `read` (read-only work: it may run twice) against one server. `floor` is the
 * caller's last write as a WAL position (null: none, or not signed in): the replica
 * serves only once it has replayed that far, so nobody reads older data than they wrote.
 * A replica that fails mid-way (stopped, or a query cancelled by a recovery conflict)
 * costs a second run on the primary, not an error.
 */
export async function withReadRouting<T>(floor: bigint | null, read: () => Promise<T>): Promise<T> {
  const replica = getReplicaPrisma();
  if (!replica || !(await replicaCanServe(replica, floor))) return onReplica.run(false, read);
  try {
    return await onReplica.run(true, read);
  } catch (err) {
    if (isDatabaseUnavailable(err)) markReplicaDown(replica, err);
    else if (!isRecoveryConflict(err)) throw err;
    return onReplica.run(false, read);
  }
}

/** Whether withReadRouting chose the replica for the work running now. */
export function readsFromReplica(): boolean {
  return onReplica.getStore() ?? false;
}

/** The Prisma client a reader uses: the server withReadRouting chose, else the primary. */
export function getReadPrisma(): PrismaClient {
  return (onReplica.getStore() && getReplicaPrisma()) || getPrisma();
}

/** A plain pg pool (a COPY export's, or the SQL reads' of lib/db/read-sql.ts), chosen the same way. */
export function getReadPool(kind: ReadKind): pg.Pool {
  return (onReplica.getStore() && getReplicaPool(kind)) || getPool(kind);
}

/**
 * A standby cancels a query whose rows its replay is about to remove (after
 * max_standby_streaming_delay): SQLSTATE 40001, "conflict with recovery". The primary has no such conflict.
 */
function isRecoveryConflict(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof candidate.message === "string" && /conflict with recovery/i.test(candidate.message)) return true;
    e = candidate.cause;
  }
  return false;
}
