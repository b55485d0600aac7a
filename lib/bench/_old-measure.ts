// Figure 5: reports per second through extraction and storage, the path of
// lib/ingest (extractClaims, then createReportWithClaims in one transaction per
// report), in this process, into the bench database. The corpus reports are made
// unique with a suffix line so none is skipped as a duplicate.
import fs from "node:fs/promises";
import path from "node:path";
import { getPrisma } from "@/lib/db/client";
import { EXTRACTOR, extractClaims } from "@/lib/extraction";
import { createReportWithClaims } from "@/lib/mutations/_old-create";
import { ensureProfileSides } from "@/lib/mutations/ensure-profile-sides";
import { getProfile } from "@/lib/profiles";
import { parseReportFile, type ParsedReport } from "@/lib/reports/parse-report-file";

type IngestFigure = { reports: number; claims: number; seconds: number; reportsPerSecond: number; sources: number };

async function corpusReports(sharedDir: string): Promise<ParsedReport[]> {
  const reports: ParsedReport[] = [];
  for (const name of ["seeds", "dev"]) {
    const dir = path.join(sharedDir, "corpus", name);
    const files = (await fs.readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".txt")).sort();
    for (const file of files) {
      const parsed = parseReportFile(await fs.readFile(path.join(dir, file)), file);
      if (parsed.ok) reports.push(parsed.report);
    }
  }
  if (reports.length === 0) throw new Error(`no corpus reports in ${sharedDir}/corpus/{seeds,dev}: set SHARED_DIR`);
  return reports;
}

/** Letters only: a run-unique tag the extractor cannot read as a figure. */
function tag(n: number): string {
  let s = "";
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

export async function measureIngestOld(sharedDir: string, count: number): Promise<IngestFigure> {
  const sources = await corpusReports(sharedDir);
  const prisma = getPrisma();
  const profile = getProfile();
  const sideIds = await ensureProfileSides(prisma, profile);
  const run = Date.now();
  let claims = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const text = `${source.text}\n\nBenchmark copy ${tag(run)}-${tag(i)}.\n`;
    const found = extractClaims(text, { outlet: source.outlet, published: source.published, publishedPrecision: source.publishedPrecision }, profile);
    const stored = await createReportWithClaims(prisma, { report: { ...source, text, sourceFile: null }, claims: found, extractor: EXTRACTOR, profile, sideIds });
    if (stored.status !== "created") throw new Error(`benchmark report ${i} was stored before: its suffix is not unique`);
    claims += stored.claimCount;
  }
  const seconds = (performance.now() - started) / 1000;
  return { reports: count, claims, seconds, reportsPerSecond: count / seconds, sources: sources.length };
}
