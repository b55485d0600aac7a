// Reads a corpus folder pair (`NAME/` reports, `NAME-gold/` gold claims) from the
// shared folder. Tests and the eval script resolve the shared folder the same way.
import fs from "node:fs";
import path from "node:path";
import { parseReportFile, type ParsedReport } from "@/lib/reports/parse-report-file";
import { type GoldClaim, goldFileSchema } from "./gold-schema";

export type CorpusReport = { file: string; report: ParsedReport; gold: GoldClaim[] };

/** ../shared next to the repository, or $SHARED_DIR. */
export function resolveSharedDir(repoRoot: string): string {
  return process.env.SHARED_DIR ? path.resolve(process.env.SHARED_DIR) : path.resolve(repoRoot, "../shared");
}

/** Corpus names under `corpusRoot` that have a `<name>-gold/` folder, seeds first. */
export function listCorpora(corpusRoot: string): string[] {
  if (!fs.existsSync(corpusRoot)) return [];
  const dirs = fs.readdirSync(corpusRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  return dirs
    .filter((d) => !d.endsWith("-gold") && dirs.includes(`${d}-gold`))
    .sort((a, b) => (a === "seeds" ? -1 : b === "seeds" ? 1 : a.localeCompare(b)));
}

export function loadCorpus(corpusDir: string, goldDir: string): CorpusReport[] {
  const goldFiles = fs.readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort();
  return goldFiles.map((g) => {
    const gold = goldFileSchema.parse(JSON.parse(fs.readFileSync(path.join(goldDir, g), "utf8")));
    const file = path.join(corpusDir, gold.article);
    const parsed = parseReportFile(fs.readFileSync(file), file);
    if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
    return { file: gold.article, report: parsed.report, gold: gold.claims };
  });
}
