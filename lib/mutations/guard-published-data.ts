// A curated data set's rows are kept exactly as published: editors review the news,
// not UCDP's or ACLED's coding. These checks refuse edits that would change a data
// set's claims or events, or mix them with the news.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";

type Tx = Prisma.TransactionClient;

const KEPT = "are kept as published; import a corrected release under a new name instead.";

export async function assertClaimIsNews(tx: Tx, claimId: number): Promise<void> {
  const [row] = await tx.$queryRaw<{ kind: string }[]>`SELECT o.kind::text AS kind FROM claims c JOIN outlets o ON o.id = c.outlet_id WHERE c.id = ${claimId}`;
  if (row?.kind === "dataset") throw new ApiError(409, "conflict", `Claim ${claimId} comes from a curated data set, whose figures ${KEPT}`);
}

export async function assertReportIsNews(tx: Tx, reportId: number): Promise<void> {
  const [row] = await tx.$queryRaw<{ kind: string }[]>`SELECT o.kind::text AS kind FROM reports r JOIN outlets o ON o.id = r.outlet_id WHERE r.id = ${reportId}`;
  if (row?.kind === "dataset") throw new ApiError(409, "conflict", `Report ${reportId} is a row of a curated data set, whose claims ${KEPT}`);
}

export async function assertEventsAreNews(tx: Tx, eventIds: number[]): Promise<void> {
  const rows = await tx.event.findMany({ where: { id: { in: eventIds }, datasetId: { not: null } }, select: { id: true } });
  if (rows.length) throw new ApiError(409, "conflict", `Event ${rows.map((r) => r.id).join(", ")} is a row of a curated data set: its events ${KEPT}`);
}
