// The one ingest path, shared by `npm run ingest` and the first-run import of
// `npm start`: read -> check -> extract -> store each report in its own transaction.
// A bad file is reported and skipped; a database outage stops the run.
import "server-only";
import fs from "node:fs/promises";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { EXTRACTOR } from "@/lib/extraction";
import { extractInPool } from "@/lib/extraction-pool";
import { createReportWithClaims } from "@/lib/mutations/create-report-with-claims";
import { ensureProfileSides } from "@/lib/mutations/ensure-profile-sides";
import { getProfile } from "@/lib/profiles";
import { MAX_REPORT_BYTES, parseReportFile } from "@/lib/reports/parse-report-file";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { collectReportFiles } from "./collect-report-files";

export type MetadataOverrides = { outlet?: string; published?: string; url?: string; title?: string };

export type IngestSummary = {
  created: { file: string; reportId: number; claimCount: number }[];
  duplicates: { file: string; reportId: number }[];
  failed: { file: string; reason: string }[];
};

export type IngestOptions = {
  overrides?: MetadataOverrides;
  onProgress?: (done: number, total: number, file: string) => void;
};

export async function ingestReportFiles(prisma: PrismaClient, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const profile = getProfile();
  const sideIds = await ensureProfileSides(prisma, profile);
  const { files, missing } = await collectReportFiles(paths);
  const summary: IngestSummary = { created: [], duplicates: [], failed: [...missing] };
  for (const [index, file] of files.entries()) {
    try {
      const stat = await fs.stat(file);
      if (stat.size > MAX_REPORT_BYTES) {
        summary.failed.push({ file, reason: `the file is ${(stat.size / 1024 / 1024).toFixed(1)} MB; reports over ${MAX_REPORT_BYTES / 1024 / 1024} MB are refused` });
        continue;
      }
      const parsed = parseReportFile(await fs.readFile(file), file, options.overrides);
      if (!parsed.ok) {
        summary.failed.push({ file, reason: parsed.reason });
        continue;
      }
      const { report } = parsed;
      const claims = await extractInPool(report.text, { outlet: report.outlet, published: report.published, publishedPrecision: report.publishedPrecision }, { profileId: profile.id });
      const stored = await createReportWithClaims(prisma, { report: { ...report, sourceFile: file }, claims, extractor: EXTRACTOR, profile, sideIds });
      if (stored.status === "created") summary.created.push({ file, reportId: stored.reportId, claimCount: stored.claimCount });
      else summary.duplicates.push({ file, reportId: stored.reportId });
    } catch (err) {
      if (isDatabaseUnavailable(err)) throw err;
      summary.failed.push({ file, reason: err instanceof Error ? err.message.split("\n")[0] : String(err) });
    } finally {
      options.onProgress?.(index + 1, files.length, file);
    }
  }
  return summary;
}
