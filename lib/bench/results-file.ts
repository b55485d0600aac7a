// bench/results.json: the last run of `npm run bench` at each size of the data set
// (1M and 10M claims side by side), so the README's table is generated from one file.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { BenchResults, FigureRow } from "./targets";

const figureRow = z.object({
  key: z.string(),
  figure: z.string(),
  value: z.string(),
  target: z.string(),
  result: z.enum(["PASS", "MISS", ""]),
  p95Ms: z.number().optional(),
});

const benchRun = z.object({
  measuredAt: z.string(),
  quick: z.boolean(),
  database: z.object({ claims: z.number().int().positive(), reports: z.number().int().nonnegative() }),
  serverStartSeconds: z.number(),
  figures: z.array(figureRow),
  // The measurements behind the figures, kept for whoever wants to look further.
  raw: z.unknown(),
});

const resultsFile = z.object({ runs: z.array(benchRun) });

export type BenchRun = Omit<z.infer<typeof benchRun>, "raw" | "figures"> & { figures: FigureRow[]; raw: BenchResults | unknown };
export type ResultsFile = { runs: BenchRun[] };

export const RESULTS_FILE = path.join("bench", "results.json");

export function readResults(file: string): ResultsFile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { runs: [] };
    throw err;
  }
  const parsed = resultsFile.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is not a results file of \`npm run bench\`: ${parsed.error.issues[0]?.message}`);
  return parsed.data as ResultsFile;
}

/**
 * The size a run is filed under: its number of claims to the nearest power of ten. Each run
 * ingests a few thousand benchmark claims into the data set, so the 1M data set has 1,007,509
 * claims after a run or two; it is still the 1M run, and replaces it.
 */
export function sizeClass(claims: number): number {
  return 10 ** Math.round(Math.log10(claims));
}

/** The file with `run` in place of any earlier run of the same size class; runs ordered by size. */
export function withRun(file: ResultsFile, run: BenchRun): ResultsFile {
  const runs = [...file.runs.filter((r) => sizeClass(r.database.claims) !== sizeClass(run.database.claims)), run];
  return { runs: runs.sort((a, b) => a.database.claims - b.database.claims) };
}

export function writeResults(file: string, results: ResultsFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
