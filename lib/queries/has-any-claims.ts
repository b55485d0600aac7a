import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";

/** Whether the database holds any claim at all (news or data set): an empty one gets the getting-started page, not "no claims match". */
export async function hasAnyClaims(): Promise<boolean> {
  const [row] = await readSql<{ found: boolean }[]>(Prisma.sql`SELECT EXISTS (SELECT 1 FROM claims) AS found`);
  return row.found;
}
