// Stores one report and every claim extracted from it in one transaction: a report is
// never half-written, and the same text (by hash) is never stored twice. Reports that
// arrive together (concurrent requests) are written in one batch: see report-write-queue.
import "server-only";
import type { ExtractedClaim } from "@/lib/extraction/types";
import type { ConflictProfile } from "@/lib/profiles/schema";
import type { NewReport, StoredReport } from "./create-reports-with-claims";
import { queueReportWrite } from "./report-write-queue";

export { hashReportText, type NewReport, type StoredReport } from "./create-reports-with-claims";

/** Stored or a duplicate; a report the database refuses throws its error. */
export async function createReportWithClaims(input: {
    report: NewReport;
    claims: ExtractedClaim[];
    extractor: { name: string; version: string };
    profile: ConflictProfile;
    sideIds: Map<string, number>;
    /** The editor who ingested it in the browser: an audit row is written with the report. */
    userId?: number;
}): Promise<StoredReport> {
  const { report, claims, extractor, profile, sideIds, userId } = input;
  const outcome = await queueReportWrite({ report, claims, extractor, userId }, { profile, sideIds });
  if (outcome.status === "failed") throw outcome.error;
  return outcome;
}
