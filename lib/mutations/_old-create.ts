// Stores one report and every claim extracted from it in one transaction: a
// report is never half-written, and the same text (by hash) is never stored twice.
import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ExtractedClaim } from "@/lib/extraction/types";
import type { ConflictProfile } from "@/lib/profiles/schema";
import { resolvePlaceName } from "@/lib/profiles/resolve-place-name";
import { assignClaimsToEvents, CLAIM_TO_PLACE_SELECT } from "./_old-assign";
import { refreshEventEstimates } from "./refresh-event-estimates";
import { withEstimatesLock } from "./with-estimates-lock";
import { writeAudit } from "./write-audit";

export type NewReport = {
  title: string;
  outlet: string;
  url: string | null;
  published: string | null;
  publishedPrecision: "day" | "month" | "unknown";
  text: string;
  sourceFile: string | null;
};

export type StoredReport = { status: "created"; reportId: number; claimCount: number } | { status: "duplicate"; reportId: number };

export function hashReportText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function toDate(published: string | null): Date | null {
  if (!published) return null;
  return new Date(`${published.length === 7 ? `${published}-01` : published}T00:00:00Z`);
}

export async function createReportWithClaims(
  prisma: PrismaClient,
  input: {
    report: NewReport;
    claims: ExtractedClaim[];
    extractor: { name: string; version: string };
    profile: ConflictProfile;
    sideIds: Map<string, number>;
    /** The editor who ingested it in the browser: an audit row is written with the report. */
    userId?: number;
  },
): Promise<StoredReport> {
  const { report, claims, extractor, profile, sideIds } = input;
  const textHash = hashReportText(report.text);
  const existing = await prisma.report.findUnique({ where: { textHash }, select: { id: true } });
  if (existing) return { status: "duplicate", reportId: existing.id };

  const unknownSide = sideIds.get("unknown");
  try {
    return await withEstimatesLock(prisma, async (tx) => {
      const outlet = await tx.outlet.upsert({ where: { name: report.outlet }, create: { name: report.outlet }, update: {}, select: { id: true } });
      const claimantIds = new Map<string, number>();
      for (const name of new Set(claims.map((c) => c.claimant))) {
        const row = await tx.claimant.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
        claimantIds.set(name, row.id);
      }
      const placeIds = new Map<string, number>();
      for (const written of new Set(claims.map((c) => c.location).filter((l): l is string => !!l))) {
        const place = resolvePlaceName(profile, written);
        const row = await tx.place.upsert({
          where: { name: place.name },
          create: { name: place.name, kind: place.kind, aliases: place.aliases },
          update: {},
          select: { id: true },
        });
        placeIds.set(written, row.id);
      }
      const created = await tx.report.create({
        data: {
          outletId: outlet.id,
          title: report.title,
          url: report.url,
          publishedOn: toDate(report.published),
          publishedPrecision: report.publishedPrecision,
          text: report.text,
          textHash,
          sourceFile: report.sourceFile,
          claimCount: claims.length,
        },
        select: { id: true },
      });
      const stored = await tx.claim.createManyAndReturn({
        data: claims.map((c) => {
          const sideId = sideIds.get(c.side) ?? unknownSide;
          if (sideId === undefined) throw new Error(`The profile has no side "${c.side}" and no "unknown" side.`);
          return {
            reportId: created.id,
          outletId: outlet.id,
          publishedOn: toDate(report.published),
            claimantId: claimantIds.get(c.claimant)!,
            sideId,
            sideText: c.sideText,
            outcome: c.outcome,
            qualifier: c.qualifier,
            low: c.low,
            high: c.high,
            point: c.point,
            numberText: c.numberText,
            vagueTerm: c.vagueTerm,
            convention: c.convention,
            quote: c.quote,
            spanStart: c.spanStart,
            spanEnd: c.spanEnd,
            placeId: c.location ? placeIds.get(c.location) : null,
            placeText: c.location,
            confidence: c.confidence,
            confidenceReason: c.confidenceReason,
            periodText: c.when,
            periodStart: toDate(c.periodStart),
            periodEnd: toDate(c.periodEnd),
            periodPrecision: c.periodPrecision,
            scope: c.scope,
            extractorName: extractor.name,
            extractorVersion: extractor.version,
          };
        }),
        select: CLAIM_TO_PLACE_SELECT,
      });
      await refreshEventEstimates(tx, await assignClaimsToEvents(tx, stored));
      if (input.userId !== undefined) {
        const after = { title: report.title, outlet: report.outlet, url: report.url, published: report.published, claims: claims.length };
        await writeAudit(tx, { userId: input.userId, action: "ingest", entityType: "report", entityId: created.id, before: null, after });
      }
      return { status: "created" as const, reportId: created.id, claimCount: claims.length };
    });
  } catch (err) {
    // Another ingest stored the same text between our check and our insert.
    if ((err as { code?: string }).code === "P2002") {
      const row = await prisma.report.findUnique({ where: { textHash }, select: { id: true } });
      if (row) return { status: "duplicate", reportId: row.id };
    }
    throw err;
  }
}
