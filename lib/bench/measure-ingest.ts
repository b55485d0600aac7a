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

/** Days a copy's publication date may move back: three years of distinct days. */
const SHIFT_DAYS = 3 * 365;

/**
 * Copy `i` of a run of a corpus report: its text made unique by a last line, and its
 * publication date moved back by a day count distinct for each of a run's first
 * SHIFT_DAYS copies (and different from run to run), so "on Thursday" and "yesterday"
 * fall on new days as in a stream of news. Copies that kept the date piled every copy's
 * claims into the same few events (1,548 claims in one after a few runs, where the
 * generated data's events hold at most 6), and each write re-estimated those piles: the
 * figure measured the benchmark's own copies more than ingest. Dates the text spells out
 * still land where they did, so some piling remains.
 */
export function benchCopy(source: ParsedReport, i: number, run: number, label = ""): { published: string | null; text: string } {
  const shift = 1 + ((Math.floor(run / 1000) + i) % SHIFT_DAYS);
  return { published: shiftBack(source.published, shift), text: `${source.text}\n\nBenchmark copy ${tag(run)}${label}-${tag(i)}.\n` };
}

/** YYYY-MM-DD moved back `days` days; YYYY-MM moved back 1 to 36 months (by `days`); unknown stays unknown. */
function shiftBack(published: string | null, days: number): string | null {
  if (!published) return published;
  if (published.length === 10) return new Date(Date.parse(`${published}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const [year, month] = published.split("-").map(Number);
  const back = year * 12 + (month - 1) - (1 + (days % 36));
  return `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, "0")}`;
}

/** The corpus report as a report file (header, blank line, text). */
function reportFile(report: ParsedReport, copy: { published: string | null; text: string }): string {
  return `title: ${report.title}\noutlet: ${report.outlet}\nurl: ${report.url ?? "unknown"}\npublished: ${copy.published ?? "unknown"}\n\n${copy.text}`;
}

/** `count` unique corpus reports, as files in a fresh temporary folder. */
export async function writeBenchReports(sharedDir: string, count: number): Promise<{ dir: string; sources: number }> {
  const sources = await corpusReports(sharedDir);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cc-bench-ingest-"));
  const run = Date.now();
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    await fs.writeFile(path.join(dir, `${String(i).padStart(6, "0")}.txt`), reportFile(source, benchCopy(source, i, run)));
  }
  return { dir, sources: sources.length };
}

/**
 * Copies extracted (not stored) before the clock: V8 compiles the extractor's code as it
 * gets hot, on helper threads, and it kept compiling long after the first thousand
 * (measured with --trace-opt: 452 functions compiled during a timed 1,000 after warming on
 * 1,050 extractions of the corpus itself; V8's helper threads, mostly compiling, used
 * 3 s of CPU beside the workers' 2.8 s). Copies like the timed ones warm it for them.
 */
export const WARM_COPIES = 3000;
/** Copies stored before the clock, so the storing path's code (Prisma, pg, ours) is warm too. */
export const WARM_STORED = 200;

/**
 * Untimed: the worker threads start (each loads the extractor, about a second of CPU) and
 * extract WARM_COPIES copies, so the clock sees the extractor as it runs in a server that
 * has been up a while, or a few thousand files into a long ingest. The warm texts are
 * copies of the corpus reports the timed copies are made of, so the figure is for reports
 * like these: new kinds of text would first run slower code for a while.
 */
async function warmExtractionPool(sources: ParsedReport[]): Promise<void> {
  const run = Date.now() - 86_400_000; // other days than the timed copies'
  const copies = Array.from({ length: WARM_COPIES }, (_, i) => ({ source: sources[i % sources.length], copy: benchCopy(sources[i % sources.length], i, run, "-warm") }));
  await Promise.all(copies.map(({ source, copy }) => extractInPool(copy.text, { outlet: source.outlet, published: copy.published, publishedPrecision: source.publishedPrecision })));
}

export async function measureIngest(sharedDir: string, count: number): Promise<IngestFigure> {
  await warmExtractionPool(await corpusReports(sharedDir));
  const warm = await writeBenchReports(sharedDir, WARM_STORED);
  try {
    await ingestReportFiles(getPrisma(), [warm.dir]);
  } finally {
    await fs.rm(warm.dir, { recursive: true, force: true });
  }
  const { dir, sources } = await writeBenchReports(sharedDir, count);
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
