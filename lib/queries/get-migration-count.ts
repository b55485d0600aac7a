import "server-only";
import { getPrisma } from "@/lib/db/client";

/** How many migrations are applied: the health check's proof that the schema is in place. */
export async function getMigrationCount(): Promise<number> {
  const rows = await getPrisma().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "_prisma_migrations"
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows[0]?.count ?? 0;
}
