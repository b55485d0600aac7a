// The one ingest path, shared by `npm run ingest` and the first-run import of
// `npm start`: read -> check -> extract -> store. A pipeline: files are read and their
// claims extracted on the worker pool up to LOOKAHEAD files ahead, while the reports
// already extracted are stored in batches of up to BATCH_REPORTS, each batch in one
// transaction (createReportsWithClaims). A bad file, or a report the database refuses,
// is reported and skipped and the others still land; a database outage stops the run.
import "server-only";
import fs from "node:fs/promises";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { EXTRACTOR } from "@/lib/extraction";
import { extractInPool } from "@/lib/extraction-pool";
import { createReportsWithClaims, MAX_BATCH_TEXT_CHARS, type ProfileSides, type ReportToStore } from "@/lib/mutations/create-reports-with-claims";
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

/**
 * Reports per transaction: the lock, the round trips, the planning of some twenty
 * statements and the estimates refresh of the events they share are paid once for them.
 * Measured (1,000 benchmark copies, machine shared): 250 a batch used 3.5-4.5 s of
 * PostgreSQL CPU where 100 used 6.8-6.9 s, and took 7.7-9.6 s where 100 took 10.2-10.5 s.
 */
const BATCH_REPORTS = 250;
/** Files read and extracted ahead of the batch being stored, so the worker threads never wait for the database. */
const LOOKAHEAD = BATCH_REPORTS;

type Prepared = { file: string; toStore: ReportToStore } | { file: string; reason: string };

export async function ingestReportFiles(prisma: PrismaClient, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const profile = getProfile();
  const sides: ProfileSides = { profile, sideIds: await ensureProfileSides(prisma, profile) };
  const { files, missing } = await collectReportFiles(paths);
  const summary: IngestSummary = { created: [], duplicates: [], failed: [...missing] };
  const prepared: Promise<Prepared>[] = [];
  const prepareUpTo = (end: number) => {
    for (let i = prepared.length; i < Math.min(end, files.length); i++) prepared.push(prepareFile(files[i], profile.id, options.overrides));
  };
  let done = 0;
  const progress = (file: string) => options.onProgress?.(++done, files.length, file);
  for (let next = 0; next < files.length; ) {
    const batch: { file: string; toStore: ReportToStore }[] = [];
    let chars = 0;
    while (next < files.length && batch.length < BATCH_REPORTS && chars < MAX_BATCH_TEXT_CHARS) {
      prepareUpTo(next + LOOKAHEAD);
      const ready = await prepared[next];
      delete prepared[next]; // its text is held by the batch now, not here
      next++;
      if ("reason" in ready) {
        summary.failed.push(ready);
        progress(ready.file);
        continue;
      }
      batch.push(ready);
      chars += ready.toStore.report.text.length;
    }
    prepareUpTo(next + LOOKAHEAD); // extraction runs on while the batch is stored
    const outcomes = await createReportsWithClaims(batch.map((b) => b.toStore), sides);
    outcomes.forEach((outcome, i) => {
      const { file } = batch[i];
      if (outcome.status === "created") summary.created.push({ file, reportId: outcome.reportId, claimCount: outcome.claimCount });
      else if (outcome.status === "duplicate") summary.duplicates.push({ file, reportId: outcome.reportId });
      else summary.failed.push({ file, reason: reasonOf(outcome.error) });
      progress(file);
    });
  }
  return summary;
}

/** Read, checked and extracted; a file that cannot be read is a reason, a database outage is thrown. */
async function prepareFile(file: string, profileId: string, overrides: MetadataOverrides | undefined): Promise<Prepared> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_REPORT_BYTES) {
      return { file, reason: `the file is ${(stat.size / 1024 / 1024).toFixed(1)} MB; reports over ${MAX_REPORT_BYTES / 1024 / 1024} MB are refused` };
    }
    const parsed = parseReportFile(await fs.readFile(file), file, overrides);
    if (!parsed.ok) return { file, reason: parsed.reason };
    const { report } = parsed;
    const claims = await extractInPool(report.text, { outlet: report.outlet, published: report.published, publishedPrecision: report.publishedPrecision }, { profileId });
    return { file, toStore: { report: { ...report, sourceFile: file }, claims, extractor: EXTRACTOR } };
  } catch (err) {
    if (isDatabaseUnavailable(err)) throw err;
    return { file, reason: reasonOf(err) };
  }
}

/** The line that says what went wrong (Prisma's messages start with blank lines and the call). */
function reasonOf(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const lines = err.message.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^(Raw query failed|Message:)/.test(l)) ?? lines.at(-1) ?? err.name;
}
