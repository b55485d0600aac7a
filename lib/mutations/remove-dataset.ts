// Removes an imported data set: its rows' events, claims and records, its imports,
// and the source itself (a wrong --name, a release replaced). News claims are never
// touched; actor sides only this data set used go too. One transaction, audited.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { writeAudit } from "./write-audit";

export type RemovedDataset = { dataset: string; events: number; claims: number; imports: number };

export async function removeDataset(prisma: PrismaClient, name: string, userId: number | null): Promise<RemovedDataset> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707371)`; // not while an import of it runs
      const outlet = await tx.outlet.findUnique({ where: { name }, select: { id: true, kind: true } });
      if (!outlet || outlet.kind !== "dataset") throw new ApiError(404, "not_found", `There is no data set "${name}"; GET /api/datasets lists them.`);
      const actorSides = await tx.$queryRaw<{ side_id: number }[]>`
        SELECT DISTINCT c.side_id FROM claims c JOIN sides s ON s.id = c.side_id WHERE c.outlet_id = ${outlet.id} AND s.key LIKE 'a-%'`;
      const claims = await tx.claim.deleteMany({ where: { outletId: outlet.id } });
      const events = await tx.$executeRaw`DELETE FROM events WHERE dataset_id = ${outlet.id}`; // dataset_events and its per-event estimates go with them
      await tx.$executeRaw`DELETE FROM source_daily_estimates WHERE source_kind = 'outlet' AND source_id = ${outlet.id}`;
      await tx.report.deleteMany({ where: { outletId: outlet.id } });
      const imports = await tx.datasetImport.deleteMany({ where: { outletId: outlet.id } });
      await tx.outlet.delete({ where: { id: outlet.id } });
      await tx.$executeRaw`DELETE FROM claimants cl WHERE cl.name = ${name} AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.claimant_id = cl.id)`;
      const ids = actorSides.map((s) => s.side_id);
      if (ids.length) await tx.$executeRaw`DELETE FROM sides s WHERE s.id = ANY(${ids}::int[]) AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.side_id = s.id)`;
      const removed = { dataset: name, events, claims: claims.count, imports: imports.count };
      await writeAudit(tx, { userId, action: "remove_dataset", entityType: "dataset", entityId: outlet.id, before: removed, after: null });
      return removed;
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
