import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ingestReportFiles, type IngestSummary } from "./ingest-report-files";

/** On an empty database, imports the seed reports (with their claims) when the shared corpus is there. */
export async function importSeedsOnFirstRun(prisma: PrismaClient, sharedDir: string): Promise<IngestSummary | null> {
  const seedsDir = path.join(sharedDir, "corpus", "seeds");
  if (!existsSync(seedsDir)) return null;
  if ((await prisma.report.count()) > 0) return null;
  return ingestReportFiles(prisma, [seedsDir]);
}
