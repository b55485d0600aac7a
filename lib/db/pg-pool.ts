// A plain pg pool for the one thing Prisma cannot do: stream COPY ... TO STDOUT
// (the CSV exports). Created on first use, like the Prisma client.
import "server-only";
import pg from "pg";

const globalForPool = globalThis as unknown as { copyPool?: pg.Pool };

export function getCopyPool(): pg.Pool {
  if (globalForPool.copyPool) return globalForPool.copyPool;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  // DateStyle ISO: the exports print dates as PostgreSQL writes them (YYYY-MM-DD), whatever the server's default.
  const pool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 5_000, options: "-c DateStyle=ISO,MDY" });
  pool.on("error", () => {}); // an idle client dropped by a database restart is replaced on next use
  globalForPool.copyPool = pool;
  return pool;
}
