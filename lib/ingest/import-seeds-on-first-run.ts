import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ingestReportFiles, type IngestSummary } from "./ingest-report-files";

/** What the first start did on an empty database: imported the seeds, or found none where it looked (an absolute path). */
export type FirstRunImport = { kind: "imported"; seedsDir: string; summary: IngestSummary } | { kind: "no-seeds"; seedsDir: string };

/**
 * On an empty database (no reports), imports the seed reports with their claims when
 * the shared corpus is there, or says where it looked; null when the database has reports.
 */
export async function importSeedsOnFirstRun(prisma: PrismaClient, sharedDir: string): Promise<FirstRunImport | null> {
  if (await prisma.report.findFirst({ select: { id: true } })) return null;
  const seedsDir = path.resolve(sharedDir, "corpus", "seeds");
  if (!existsSync(seedsDir)) return { kind: "no-seeds", seedsDir };
  return { kind: "imported", seedsDir, summary: await ingestReportFiles(prisma, [seedsDir]) };
}

/** The start log's line about the first-run import. */
export function describeFirstRunImport(result: FirstRunImport): string {
  if (result.kind === "no-seeds") {
    return (
      `The database is empty and no seed reports were found in ${result.seedsDir} (SHARED_DIR/corpus/seeds). ` +
      "Add data with `npm run ingest -- FOLDER`, `npm run import:dataset -- FILE`, or on /ingest after `npm run user:create`; the overview page lists the steps."
    );
  }
  const { created, failed } = result.summary;
  const claims = created.reduce((n, r) => n + r.claimCount, 0);
  return `First run: imported ${created.length} seed report(s) with ${claims} claim(s)${failed.length ? `; ${failed.length} failed` : ""}.`;
}
