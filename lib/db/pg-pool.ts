// Plain pg pools, beside the Prisma clients, for what Prisma costs too much for or
// cannot do: the "copy" pools stream COPY ... TO STDOUT (the CSV exports); the "read"
// pools run the dashboard's SQL reads (lib/db/read-sql.ts), which through Prisma's raw
// query path cost 2-3 ms more CPU each; the "write" pool (primary only) runs ingest's
// transactions (lib/mutations/with-estimates-lock.ts). One of each for the primary and,
// when DATABASE_REPLICA_URL is set, copy and read for the replica (lib/db/read-client.ts picks).
// Apart, so that long CSV downloads never hold the connections a chart needs.
// Created on first use, like the Prisma clients, and kept on globalThis for hot reload.
import "server-only";
import pg from "pg";

export type PoolKind = "copy" | "read" | "write";
export type ReadKind = Exclude<PoolKind, "write">;

// DateStyle ISO: the exports print dates as PostgreSQL writes them (YYYY-MM-DD), whatever the server's default.
// work_mem: the on-the-fly estimates sort claims (DISTINCT ON); 4 MB makes them spill to disk.
// Read only: a write slipped into a read would commit outside the estimates lock (lib/mutations).
// The write pool: as many connections as writes may wait for the estimates lock at once
// (WRITE_SLOTS), with the Prisma client's work_mem, for the same re-estimating sorts.
const READ_ONLY = "-c default_transaction_read_only=on";
const SETTINGS: Record<PoolKind, { max: number; options: string }> = {
  copy: { max: 4, options: `-c DateStyle=ISO,MDY ${READ_ONLY}` },
  read: { max: 10, options: `-c DateStyle=ISO,MDY -c work_mem=32MB ${READ_ONLY}` },
  write: { max: 4, options: "-c work_mem=32MB" },
};

const globalForPools = globalThis as unknown as { pgPools?: Map<string, { url: string; pool: pg.Pool }> };

/** The primary's pool of this kind. */
export function getPool(kind: PoolKind): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  // A short connect timeout turns a stopped database into a quick 503, not a hung page.
  return heldPool(`primary:${kind}`, url, kind, 5_000);
}

/** The replica's pool of this kind, or null when no replica is configured. */
export function getReplicaPool(kind: ReadKind): pg.Pool | null {
  const url = process.env.DATABASE_REPLICA_URL?.trim();
  if (!url) return null;
  // Shorter than the primary's: see lib/db/replica-status.ts.
  return heldPool(`replica:${kind}`, url, kind, 2_000);
}

function heldPool(key: string, url: string, kind: PoolKind, connectionTimeoutMillis: number): pg.Pool {
  const pools = (globalForPools.pgPools ??= new Map());
  const held = pools.get(key);
  if (held?.url === url) return held.pool;
  void held?.pool.end().catch(() => {}); // the URL changed (tests point the app at another server)
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis, ...SETTINGS[kind] });
  pool.on("error", () => {}); // an idle client dropped by a database restart is replaced on next use
  pools.set(key, { url, pool });
  return pool;
}

/**
 * Ends every pool this process opened: a command-line run ends when its work is done,
 * not 10 s later when the pools' idle connections time out (scripts/ingest.ts).
 */
export async function closePools(): Promise<void> {
  const pools = globalForPools.pgPools;
  if (!pools) return;
  const held = [...pools.values()];
  pools.clear();
  await Promise.all(held.map(({ pool }) => pool.end().catch(() => {})));
}
