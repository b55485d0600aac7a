import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/format/dates";

/** A claim as an editor sees and edits it (fields named as in the extractor's JSON). */
export type ClaimDetail = {
  id: number; version: number; reportId: number; reviewStatus: string;
  side: string; outcome: string; qualifier: string; low: number; high: number | null; point: number;
  claimant: string; location: string | null; periodStart: string | null; periodEnd: string | null; scope: string;
  eventId: number | null; quote: string; numberText: string; spanStart: number; spanEnd: number; updatedAt: string;
  /** The vague word ("dozens") whose count a convention gives, unless an editor corrected the count. */
  vagueTerm: string | null;
  /** An editor set the count: it wins over the vague-word convention. */
  countCorrected: boolean;
  /** An editor put the claim in its event: a corrected period or place does not move it. */
  eventPinned: boolean;
};

export const CLAIM_DETAIL_SELECT = {
  id: true, version: true, reportId: true, reviewStatus: true, outcome: true, qualifier: true, low: true, high: true, point: true,
  placeText: true, periodStart: true, periodEnd: true, scope: true, eventId: true, quote: true, numberText: true, spanStart: true, spanEnd: true, updatedAt: true,
  vagueTerm: true, countCorrected: true, eventPinned: true,
  side: { select: { key: true } }, claimant: { select: { name: true } }, place: { select: { name: true } },
} satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof CLAIM_DETAIL_SELECT }>;

export function toClaimDetail(c: Row): ClaimDetail {
  return {
    id: c.id, version: c.version, reportId: c.reportId, reviewStatus: c.reviewStatus, side: c.side.key, outcome: c.outcome, qualifier: c.qualifier,
    low: c.low, high: c.high, point: c.point, claimant: c.claimant.name, location: c.place?.name ?? c.placeText,
    periodStart: toIsoDate(c.periodStart), periodEnd: toIsoDate(c.periodEnd), scope: c.scope, eventId: c.eventId,
    quote: c.quote, numberText: c.numberText, spanStart: c.spanStart, spanEnd: c.spanEnd, updatedAt: c.updatedAt.toISOString(),
    vagueTerm: c.vagueTerm, countCorrected: c.countCorrected, eventPinned: c.eventPinned,
  };
}

export async function findClaim(prisma: PrismaClient | Prisma.TransactionClient, id: number): Promise<ClaimDetail | null> {
  const row = await prisma.claim.findUnique({ where: { id }, select: CLAIM_DETAIL_SELECT });
  return row ? toClaimDetail(row) : null;
}
