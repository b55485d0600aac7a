// npm run eval [-- --verbose] [--corpus NAME] [--convention acled] [--check] [--json-out FILE]
// Scores the extractor on every ../shared/corpus/<name>/ that has a <name>-gold/.
// --json-out writes the figures the about and claims pages show (lib/evaluation/measured.json;
// `npm test` passes it, so the file follows the extractor).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ClaimSummary, evaluateCorpus, listCorpora, missedTargets, missedThroughput, openTargets, resolveSharedDir, targetFor, type CorpusScore } from "@/lib/evaluation";
import { EXTRACTOR, type ConventionId } from "@/lib/extraction";
import { MEASURED_FILE, measuredCorpus, measuredFiguresSchema, type MeasuredCorpus, type MeasuredFigures } from "@/lib/evaluation/measured-figures";
import { runMain } from "@/lib/runtime/run-main";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function parseArgs(argv: string[]) {
  const args = { verbose: false, check: false, corpus: null as string | null, convention: undefined as ConventionId | undefined, jsonOut: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--verbose" || a === "-v") args.verbose = true;
    else if (a === "--check") args.check = true;
    else if (a === "--corpus") args.corpus = argv[++i] ?? null;
    else if (a === "--json-out") args.jsonOut = argv[++i] ?? null;
    else if (a === "--convention") {
      const c = argv[++i];
      if (c !== "acled" && c !== "literal-v1") throw new Error(`--convention must be literal-v1 or acled, not "${c}"`);
      args.convention = c;
    } else throw new Error(`unknown option "${a}" (use --verbose, --corpus NAME, --convention acled, --check, --json-out FILE)`);
  }
  // The pages show every corpus under the default convention: a partial file would misstate them.
  if (args.jsonOut && (args.corpus || args.convention === "acled")) throw new Error("--json-out measures every corpus under the default convention: leave out --corpus and --convention");
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
  const open: string[] = [];
  const scores: CorpusScore[] = [];
  console.log(`corpus      reports  gold  precision  recall  strict F1  (floor, first look)  side-blind F1  claimant right  place right  periods right  high-conf. precision (share)  reports/s`);
  for (const name of names) {
    const score = evaluateCorpus(path.join(corpusRoot, name), path.join(corpusRoot, `${name}-gold`), { convention: args.convention });
    scores.push(score);
    const t = targetFor(name);
    const marks = `(${t.floor.toFixed(2)}, ${t.firstLook === null ? "-" : t.firstLook.toFixed(2)})`;
    console.log(
      [
        name.padEnd(11),
        String(score.reports).padStart(7),
        String(score.goldRequired).padStart(5),
        ` ${pct(score.precision).padStart(9)}`,
        pct(score.recall).padStart(7),
        score.strictF1.toFixed(3).padStart(10),
        marks.padStart(20),
        score.sideBlindF1.toFixed(3).padStart(14),
        `${pct(score.claimantAccuracy)} of ${score.claimantChecked}`.padStart(15),
        `${pct(score.placeAccuracy)} of ${score.placeChecked}`.padStart(12),
        `${pct(score.periodAccuracy)} of ${score.periodChecked}`.padStart(14),
        `${pct(score.highConfidencePrecision)} (${pct(score.highConfidenceShare)})`.padStart(29),
        score.reportsPerSecond.toFixed(0).padStart(10),
      ].join(" "),
    );
    if (args.verbose) {
      for (const m of score.periodMisses) console.log(`  DATE ${m.file}: "${m.quote.slice(0, 90)}" gold ${m.goldDate}, predicted ${m.predicted ?? "none"}`);
      for (const m of score.claimantMisses) console.log(`  WHO  ${m.file}: "${m.quote.slice(0, 80)}" gold "${m.gold}", predicted "${m.predicted ?? "none"}"`);
      for (const m of score.placeMisses) console.log(`  PLACE ${m.file}: "${m.quote.slice(0, 80)}" gold "${m.gold}", predicted "${m.predicted ?? "none"}"`);
      for (const m of score.misses) console.log(`  MISS ${m.file}: "${m.quote.slice(0, 110)}" [${m.numberText}] ${count(m)}`);
      for (const f of score.falsePositives) console.log(`  FP   ${f.file}: "${f.quote.slice(0, 110)}" [${f.numberText}] ${count(f)}`);
    }
    missed.push(...missedTargets(name, score));
    open.push(...openTargets(name, score));
  }
  const unregistered = new Map<string, number>();
  for (const score of scores) for (const u of score.unregisteredClaimants) unregistered.set(u.name, (unregistered.get(u.name) ?? 0) + u.claims);
  if (unregistered.size) {
    const list = [...unregistered].sort((a, b) => b[1] - a[1]);
    console.log(`claimants not in the profile's registry (${list.length}; add the recurring ones to lib/profiles/syria.json):`);
    for (const [name, n] of args.verbose ? list : list.slice(0, 10)) console.log(`  ${String(n).padStart(3)}  ${name}`);
    if (!args.verbose && list.length > 10) console.log(`  … ${list.length - 10} more with --verbose`);
  }
  const timedReports = scores.reduce((n, s) => n + s.timedReports, 0);
  const timedSeconds = scores.reduce((n, s) => n + s.timedSeconds, 0);
  console.log(`throughput over all corpora: ${(timedReports / timedSeconds).toFixed(0)} reports/s`);
  missed.push(...missedThroughput(timedReports, timedSeconds));
  if (open.length) console.log(`Targets not reached yet (above their floors):\n  ${open.join("\n  ")}`);
  if (args.jsonOut) writeMeasured(args.jsonOut, names.map((name, i) => measuredCorpus(name, scores[i], targetFor(name).firstLook)));
  if (args.check && missed.length) {
    console.error(`Targets missed:\n  ${missed.join("\n  ")}`);
    return 1;
  }
  return 0;
}

/** Writes the figures only when they changed, so an unchanged extractor leaves the file (and the build that includes it) untouched. */
function writeMeasured(file: string, corpora: MeasuredCorpus[]): void {
  const figures: MeasuredFigures = { extractor: { ...EXTRACTOR }, convention: "literal-v1", command: `npm run eval -- --json-out ${MEASURED_FILE}`, corpora };
  const target = path.resolve(process.cwd(), file);
  const text = `${JSON.stringify(measuredFiguresSchema.parse(figures), null, 2)}\n`;
  if (existsSync(target) && readFileSync(target, "utf8") === text) {
    console.log(`${file}: unchanged`);
    return;
  }
  writeFileSync(target, text);
  console.log(`${file}: written with today's figures (commit it with the change that moved them)`);
}

runMain("eval", main, 2);
