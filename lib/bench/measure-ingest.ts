// Figure 5: reports per second through extraction and storage, the path of
// `npm run ingest` (lib/ingest/ingest-report-files: files read, extracted on the worker
// pool, stored in batches), in this process, into the bench database. The corpus
// reports are written to a temporary folder as report files made unique with a suffix
// line, so none is skipped as a duplicate. CPU time is this process's (main thread and
// extraction workers), so a figure from a busy machine can be compared too.
// The worker threads are started before the clock starts.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { getPrisma } from "@/lib/db/client";
import { extractInPool } from "@/lib/extraction-pool";
import { ingestReportFiles } from "@/lib/ingest/ingest-report-files";
import { parseReportFile, type ParsedReport } from "@/lib/reports/parse-report-file";

export type IngestFigure = { reports: number; claims: number; seconds: number; reportsPerSecond: number; sources: number; cpuSeconds: number };

export async function corpusReports(sharedDir: string): Promise<ParsedReport[]> {
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
export function tag(n: number): string {
  let s = "";
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

/** The corpus report as a report file (header, blank line, text). */
function reportFile(report: ParsedReport, text: string): string {
  return `title: ${report.title}\noutlet: ${report.outlet}\nurl: ${report.url ?? "unknown"}\npublished: ${report.published ?? "unknown"}\n\n${text}`;
}

/** `count` unique corpus reports, as files in a fresh temporary folder. */
export async function writeBenchReports(sharedDir: string, count: number): Promise<{ dir: string; sources: number }> {
  const sources = await corpusReports(sharedDir);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cc-bench-ingest-"));
  const run = Date.now();
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const text = `${source.text}\n\nBenchmark copy ${tag(run)}-${tag(i)}.\n`;
    await fs.writeFile(path.join(dir, `${String(i).padStart(6, "0")}.txt`), reportFile(source, text));
  }
  return { dir, sources: sources.length };
}

export async function measureIngest(sharedDir: string, count: number): Promise<IngestFigure> {
  const { dir, sources } = await writeBenchReports(sharedDir, count);
  // Untimed: the worker threads start (each loads the extractor, about a second of CPU),
  // as they have in a running server or a few hundred files into a long ingest.
  const meta = { outlet: "warm-up", published: null, publishedPrecision: "unknown" as const };
  await Promise.all(Array.from({ length: os.availableParallelism() }, () => extractInPool("Three soldiers were killed.", meta)));
  try {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const summary = await ingestReportFiles(getPrisma(), [dir]);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    if (summary.created.length !== count) throw new Error(`benchmark ingest stored ${summary.created.length} of ${count} reports: ${JSON.stringify(summary.failed.slice(0, 3))}`);
    const claims = summary.created.reduce((n, r) => n + r.claimCount, 0);
    return { reports: count, claims, seconds, reportsPerSecond: count / seconds, sources, cpuSeconds: (used.user + used.system) / 1e6 };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
