// A claim an editor adds by selecting its words in the report's text. The quote is
// taken from the stored text at the offsets given, never from the client, so a
// quote always stands where it says it does.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { CLAIM_DETAIL_SELECT, toClaimDetail, type ClaimDetail } from "@/lib/queries/find-claim";
import type { NewClaim } from "@/lib/schemas/claim-edit";
import { assignClaimsToEvents, CLAIM_TO_PLACE_SELECT } from "./assign-claims-to-events";
import { refreshEventEstimates } from "./refresh-event-estimates";
import { claimantIdFor, placeIdFor, sideIdFor } from "./resolve-claim-refs";
import { assertReportIsNews } from "./guard-published-data";
import { withEstimatesLock } from "./with-estimates-lock";
import { writeAudit } from "./write-audit";

const toDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

export async function createClaim(prisma: PrismaClient, input: NewClaim, userId: number): Promise<ClaimDetail> {
  return withEstimatesLock(prisma, async (tx) => {
    const report = await tx.report.findUnique({ where: { id: input.reportId }, select: { text: true, outletId: true, publishedOn: true } });
    if (!report) throw new ApiError(400, "bad_request", `reportId: there is no report ${input.reportId}.`);
    await assertReportIsNews(tx, input.reportId);
    if (input.spanEnd > report.text.length) throw new ApiError(400, "bad_request", `spanEnd: the report's text has only ${report.text.length} characters.`);
    const quote = report.text.slice(input.spanStart, input.spanEnd);
    if (!quote.trim()) throw new ApiError(400, "bad_request", "spanStart: the selection holds no words.");
    const point = input.qualifier === "at_most" && input.high !== null ? input.high : input.high !== null && input.high !== input.low ? Math.floor((input.low + input.high) / 2) : input.low;
    const created = await tx.claim.create({
      data: {
        reportId: input.reportId,
        outletId: report.outletId,
        publishedOn: report.publishedOn,
        claimantId: await claimantIdFor(tx, input.claimant),
        sideId: await sideIdFor(tx, input.side),
        sideText: null,
        outcome: input.outcome,
        qualifier: input.qualifier,
        low: input.low,
        high: input.high,
        point,
        numberText: input.numberText ?? quote.slice(0, 200),
        quote,
        spanStart: input.spanStart,
        spanEnd: input.spanEnd,
        placeId: await placeIdFor(tx, input.location),
        placeText: input.location,
        periodStart: toDate(input.periodStart),
        periodEnd: toDate(input.periodEnd),
        periodPrecision: input.periodStart ? "day" : null,
        scope: input.scope,
        reviewStatus: "accepted",
        extractorName: null,
        extractorVersion: null,
      },
      select: CLAIM_TO_PLACE_SELECT,
    });
    await refreshEventEstimates(tx, await assignClaimsToEvents(tx, [created]));
    await tx.report.update({ where: { id: input.reportId }, data: { claimCount: { increment: 1 } } });
    const after = toClaimDetail(await tx.claim.findUniqueOrThrow({ where: { id: created.id }, select: CLAIM_DETAIL_SELECT }));
    await writeAudit(tx, { userId, action: "create", entityType: "claim", entityId: created.id, before: null, after });
    return after;
  });
}
