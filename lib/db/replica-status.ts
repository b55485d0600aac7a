// What this process knows of the streaming replica: how far it has replayed the
// primary's write-ahead log, and whether it answers at all. The position is re-read at
// most once a second, or at once when a caller needs a newer one than known. A replica
// that does not answer is left alone for BREAKER_MS (a circuit breaker: requests do not
// each pay a connect timeout while it is away), then probed again in the background
// while reads stay on the primary; the first probe that answers lets reads back in.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { redactUrl } from "./connection-error";

const REFRESH_MS = 1_000;
export const BREAKER_MS = 5_000;

type Status = {
  /** Bytes of WAL replayed (pg_last_wal_replay_lsn()); null: not a standby, or not known yet. */
  replayed: bigint | null;
  checkedAt: number;
  /** While open (> 0), reads go to the primary; until this time nobody even tries the replica. */
  openUntil: number;
  probe: Promise<void> | null;
};

// Per client, so a changed DATABASE_REPLICA_URL (the tests) starts from nothing known.
const statuses = new WeakMap<PrismaClient, Status>();

function statusOf(replica: PrismaClient): Status {
  let status = statuses.get(replica);
  if (!status) statuses.set(replica, (status = { replayed: null, checkedAt: 0, openUntil: 0, probe: null }));
  return status;
}

/** Whether the replica may serve a read that must show every write up to `floor` (null: no such write). */
export async function replicaCanServe(replica: PrismaClient, floor: bigint | null): Promise<boolean> {
  const status = statusOf(replica);
  if (status.openUntil > 0) {
    if (Date.now() >= status.openUntil) void probe(replica, status); // half-open: nobody waits for it
    return false;
  }
  const stale = Date.now() - status.checkedAt > REFRESH_MS;
  // The replay position only grows, so any answer is a safe lower bound, even one already on its way.
  if (stale || (floor !== null && (status.replayed === null || status.replayed < floor))) await probe(replica, status);
  if (status.openUntil > 0 || status.replayed === null) return false;
  return floor === null || status.replayed >= floor;
}

/** A read on the replica failed to reach it: open the breaker. */
export function markReplicaDown(replica: PrismaClient, err: unknown): void {
  open(statusOf(replica), err);
}

function probe(replica: PrismaClient, status: Status): Promise<void> {
  status.probe ??= (async () => {
    try {
      // NULL when the server is not in recovery (a primary, or a promoted standby): then it
      // cannot say how far it is behind the primary, and reads stay off it.
      const [row] = await replica.$queryRaw<{ replayed: string | null }[]>`
        SELECT CASE WHEN pg_is_in_recovery() THEN (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::text END AS replayed`;
      const replayed = row?.replayed == null ? null : BigInt(row.replayed);
      if (replayed === null && (status.checkedAt === 0 || status.replayed !== null)) console.warn("The read replica is not a standby (pg_is_in_recovery() is false): reads go to the primary.");
      if (status.openUntil > 0) console.log("The read replica answers again: reads go back to it.");
      status.replayed = replayed;
      status.openUntil = 0;
    } catch (err) {
      open(status, err);
    } finally {
      status.checkedAt = Date.now();
      status.probe = null;
    }
  })();
  return status.probe;
}

function open(status: Status, err: unknown): void {
  if (status.openUntil === 0) {
    const { code, message } = (err ?? {}) as { code?: unknown; message?: unknown };
    const reason = [code, typeof message === "string" ? message.split("\n")[0] : ""].filter(Boolean).join(" ") || String(err);
    console.warn(`The read replica (${redactUrl(process.env.DATABASE_REPLICA_URL ?? "")}) is unavailable, reads go to the primary: ${reason}`);
  }
  status.openUntil = Date.now() + BREAKER_MS;
}
