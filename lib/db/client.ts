// The one Prisma client of the server, created on first use (so `next build` can
// import pages without a database) and kept on globalThis outside production so
// hot reload does not open a new pool each time.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
  // A short connect timeout turns a stopped database into a quick 503, not a hung page.
  // work_mem: the on-the-fly estimates sort claims (DISTINCT ON); 4 MB makes them spill to disk.
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000, max: 10, options: "-c work_mem=32MB" });
  const client = new PrismaClient({ adapter });
  globalForPrisma.prisma = client;
  return client;
}
