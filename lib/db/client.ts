// The Prisma clients of the server: the primary's (every write, and reads by default)
// and, when DATABASE_REPLICA_URL names one, a streaming replica's (reads that
// lib/db/read-client.ts sends there). Created on first use (so `next build` can import
// pages without a database) and kept on globalThis outside production so hot reload
// does not open a new pool each time. The only `new PrismaClient` of the app.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; replicaPrisma?: { url: string; client: PrismaClient } };

export function getPrisma(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  // A short connect timeout turns a stopped database into a quick 503, not a hung page.
  const client = createClient(connectionString, 5_000);
  globalForPrisma.prisma = client;
  return client;
}

/** The replica's client, or null when no replica is configured. */
export function getReplicaPrisma(): PrismaClient | null {
  const url = process.env.DATABASE_REPLICA_URL?.trim();
  if (!url) return null;
  const held = globalForPrisma.replicaPrisma;
  if (held?.url === url) return held.client;
  void held?.client.$disconnect().catch(() => {});
  // Shorter than the primary's: a replica that does not answer costs one request this
  // long, then the circuit breaker sends reads to the primary (lib/db/replica-status.ts).
  const client = createClient(url, 2_000);
  globalForPrisma.replicaPrisma = { url, client };
  return client;
}

function createClient(connectionString: string, connectionTimeoutMillis: number): PrismaClient {
  // work_mem: a write re-estimates its events by sorting their claims (DISTINCT ON), as the
  // dashboard's reads do on their own pool (lib/db/pg-pool.ts); 4 MB makes large ones spill to disk.
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis, max: 10, options: "-c work_mem=32MB" });
  return new PrismaClient({ adapter });
}
