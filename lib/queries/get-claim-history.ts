import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type HistoryEntry = { at: string; user: string | null; action: string; before: unknown; after: unknown };

/** Every recorded change of one claim, oldest first. */
export async function getClaimHistory(prisma: PrismaClient, claimId: number): Promise<HistoryEntry[]> {
  const rows = await prisma.auditEntry.findMany({
    where: { entityType: "claim", entityId: claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { createdAt: true, action: true, before: true, after: true, user: { select: { email: true } } },
  });
  return rows.map((r) => ({ at: r.createdAt.toISOString(), user: r.user?.email ?? null, action: r.action, before: r.before, after: r.after }));
}
