import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The audit row that goes with every change, written in the change's own transaction. */
export async function writeAudit(
  tx: Prisma.TransactionClient,
  entry: { userId: number | null; action: string; entityType: "claim" | "event" | "report" | "user" | "dataset_import" | "dataset"; entityId: number; before: unknown; after: unknown },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === null ? undefined : (entry.before as Prisma.InputJsonValue),
      after: entry.after === null ? undefined : (entry.after as Prisma.InputJsonValue),
    },
  });
}

