// npm run eval [-- --verbose] [--corpus NAME] [--convention acled] [--check]
// Scores the extractor on every ../shared/corpus/<name>/ that has a <name>-gold/.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ClaimSummary, evaluateCorpus, listCorpora, missedTargets, resolveSharedDir } from "@/lib/evaluation";
import type { ConventionId } from "@/lib/extraction";
import { runMain } from "@/lib/runtime/run-main";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function parseArgs(argv: string[]) {
  const args = { verbose: false, check: false, corpus: null as string | null, convention: undefined as ConventionId | undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--verbose" || a === "-v") args.verbose = true;
    else if (a === "--check") args.check = true;
    else if (a === "--corpus") args.corpus = argv[++i] ?? null;
    else if (a === "--convention") {
      const c = argv[++i];
      if (c !== "acled" && c !== "literal-v1") throw new Error(`--convention must be literal-v1 or acled, not "${c}"`);
      args.convention = c;
    } else throw new Error(`unknown option "${a}" (use --verbose, --corpus NAME, --convention acled, --check)`);
  }
  return args;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const count = (c: ClaimSummary) => `${c.side}/${c.outcome} ${c.qualifier} ${c.low}..${c.high ?? "open"}`;

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const corpusRoot = path.join(resolveSharedDir(repoRoot), "corpus");
  const names = listCorpora(corpusRoot).filter((n) => !args.corpus || n === args.corpus);
  if (!names.length) {
    console.error(args.corpus ? `No corpus "${args.corpus}" with a gold folder in ${corpusRoot}.` : `No corpora with gold folders in ${corpusRoot}.`);
    return 2;
  }
  const missed: string[] = [];
  console.log(`corpus      reports  gold  precision  recall  strict F1  side-blind F1  periods right  reports/s`);
  for (const name of names) {
    const score = evaluateCorpus(path.join(corpusRoot, name), path.join(corpusRoot, `${name}-gold`), { convention: args.convention });
    console.log(
      `${name.padEnd(11)} ${String(score.reports).padStart(7)} ${String(score.goldRequired).padStart(5)}  ${pct(score.precision).padStart(9)}  ${pct(score.recall).padStart(6)}  ${score.strictF1.toFixed(3).padStart(9)}  ${score.sideBlindF1.toFixed(3).padStart(13)}  ${`${pct(score.periodAccuracy)} of ${score.periodChecked}`.padStart(13)}  ${score.reportsPerSecond.toFixed(0).padStart(9)}`,
    );
    if (args.verbose) {
      for (const m of score.periodMisses) console.log(`  DATE ${m.file}: "${m.quote.slice(0, 90)}" gold ${m.goldDate}, predicted ${m.predicted ?? "none"}`);
      for (const m of score.misses) console.log(`  MISS ${m.file}: "${m.quote.slice(0, 110)}" [${m.numberText}] ${count(m)}`);
      for (const f of score.falsePositives) console.log(`  FP   ${f.file}: "${f.quote.slice(0, 110)}" [${f.numberText}] ${count(f)}`);
    }
    missed.push(...missedTargets(name, score));
  }
  if (args.check && missed.length) {
    console.error(`Targets missed:\n  ${missed.join("\n  ")}`);
    return 1;
  }
  return 0;
}

runMain("eval", main, 2);
