import "server-only";
import { getReadPrisma } from "@/lib/db/read-client";

/** Whether the database holds any claim at all (news or data set): an empty one gets the getting-started page, not "no claims match". */
export async function hasAnyClaims(): Promise<boolean> {
  const [row] = await getReadPrisma().$queryRaw<{ found: boolean }[]>`SELECT EXISTS (SELECT 1 FROM claims) AS found`;
  return row.found;
}
