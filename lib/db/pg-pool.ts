// Plain pg pools for the one thing Prisma cannot do: stream COPY ... TO STDOUT
// (the CSV exports). One for the primary and, when DATABASE_REPLICA_URL is set, one
// for the replica (lib/db/read-client.ts picks). Created on first use, like the Prisma clients.
import "server-only";
import pg from "pg";

const globalForPool = globalThis as unknown as { copyPool?: pg.Pool; replicaCopyPool?: { url: string; pool: pg.Pool } };

export function getCopyPool(): pg.Pool {
  if (globalForPool.copyPool) return globalForPool.copyPool;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  const pool = createPool(connectionString, 5_000);
  globalForPool.copyPool = pool;
  return pool;
}

/** The replica's COPY pool, or null when no replica is configured. */
export function getReplicaCopyPool(): pg.Pool | null {
  const url = process.env.DATABASE_REPLICA_URL?.trim();
  if (!url) return null;
  const held = globalForPool.replicaCopyPool;
  if (held?.url === url) return held.pool;
  void held?.pool.end().catch(() => {});
  const pool = createPool(url, 2_000);
  globalForPool.replicaCopyPool = { url, pool };
  return pool;
}

function createPool(connectionString: string, connectionTimeoutMillis: number): pg.Pool {
  // DateStyle ISO: the exports print dates as PostgreSQL writes them (YYYY-MM-DD), whatever the server's default.
  const pool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis, options: "-c DateStyle=ISO,MDY" });
  pool.on("error", () => {}); // an idle client dropped by a database restart is replaced on next use
  return pool;
}
