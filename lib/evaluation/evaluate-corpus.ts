// Scores the extractor on one corpus exactly as corpus/README.md describes:
// precision, recall and strict F1 over all reports, side-blind F1, the share of
// matched claims whose period overlaps the gold date, and throughput.
import { extractClaims, type ExtractedClaim, type ConventionId, HIGH_CONFIDENCE } from "@/lib/extraction";
import { getProfile, type ConflictProfile } from "@/lib/profiles";
import type { GoldClaim } from "./gold-schema";
import { type CorpusReport, loadCorpus } from "./load-corpus";
import { claimantsAgree, placesAgree } from "./loose-match";
import { type MatchMode, pairClaims } from "./match-claims";

export type ClaimSummary = { file: string; quote: string; numberText: string; side: string; outcome: string; low: number; high: number | null; qualifier: string };

export type CorpusScore = {
  reports: number;
  goldRequired: number;
  truePositives: number;
  falsePositiveCount: number;
  precision: number;
  recall: number;
  strictF1: number;
  sideBlindF1: number;
  /** Share of matched required claims with a gold date whose predicted period overlaps it. */
  periodAccuracy: number;
  periodChecked: number;
  misses: ClaimSummary[];
  /** Matched claims whose predicted period misses the gold date. */
  periodMisses: PeriodMiss[];
  falsePositives: ClaimSummary[];
  reportsPerSecond: number;
  /** Reports extracted while timing, and the seconds it took (throughput over several corpora adds these up). */
  timedReports: number;
  timedSeconds: number;
  /** Share of matched required claims with a gold claimant whose claimant agrees loosely (see loose-match.ts). */
  claimantAccuracy: number;
  claimantChecked: number;
  /** The same for places, over matched claims whose gold gives a place. */
  placeAccuracy: number;
  placeChecked: number;
  /** Precision among the predictions at or above HIGH_CONFIDENCE (strict matching), and their share of all predictions. */
  highConfidencePrecision: number;
  highConfidenceShare: number;
  claimantMisses: NameMiss[];
  placeMisses: NameMiss[];
  /** Claimants the registry does not know (outlets in their own voice aside), most frequent first: where it should grow. */
  unregisteredClaimants: { name: string; claims: number }[];
};

export type NameMiss = { file: string; quote: string; gold: string; predicted: string | null };

export type EvaluateOptions = { profile?: ConflictProfile; convention?: ConventionId; minTimingMs?: number };

const countsForRecall = (g: GoldClaim) => !g.optional && g.outcome !== "captured";
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function goldRange(date: string): { start: string; end: string } {
  const [start, end] = date.split("/");
  return { start, end: end ?? start };
}

export type PeriodMiss = { file: string; quote: string; goldDate: string; predicted: string | null };
type Tally = {
  tp: number; fp: number; fn: number; misses: ClaimSummary[]; fps: ClaimSummary[]; periodRight: number; periodChecked: number; periodMisses: PeriodMiss[];
  claimantRight: number; claimantChecked: number; placeRight: number; placeChecked: number; claimantMisses: NameMiss[]; placeMisses: NameMiss[];
  highRight: number; highTotal: number;
};

export function scoreReport(file: string, predicted: ExtractedClaim[], gold: GoldClaim[], mode: MatchMode, profile: ConflictProfile = getProfile()): Tally {
  const pairs = pairClaims(predicted, gold, mode);
  const t: Tally = { tp: 0, fp: 0, fn: 0, misses: [], fps: [], periodRight: 0, periodChecked: 0, periodMisses: [], claimantRight: 0, claimantChecked: 0, placeRight: 0, placeChecked: 0, claimantMisses: [], placeMisses: [], highRight: 0, highTotal: 0 };
  const matchedGold = new Set<number>();
  predicted.forEach((p, i) => {
    const g = pairs[i];
    if (p.confidence >= HIGH_CONFIDENCE && (g >= 0 || p.outcome !== "captured")) {
      t.highTotal++;
      if (g >= 0) t.highRight++;
    }
    if (g >= 0) {
      matchedGold.add(g);
      const gc = gold[g];
      if (countsForRecall(gc) && gc.claimant) {
        t.claimantChecked++;
        if (claimantsAgree(profile, p.claimant, gc.claimant)) t.claimantRight++;
        else t.claimantMisses.push({ file, quote: p.quote, gold: gc.claimant, predicted: p.claimant });
      }
      if (countsForRecall(gc) && gc.location) {
        t.placeChecked++;
        if (placesAgree(profile, p.location, gc.location)) t.placeRight++;
        else t.placeMisses.push({ file, quote: p.quote, gold: gc.location, predicted: p.location });
      }
      if (countsForRecall(gc) && gc.date) {
        t.periodChecked++;
        const r = goldRange(gc.date);
        if (p.periodStart && p.periodEnd && p.periodStart <= r.end && r.start <= p.periodEnd) t.periodRight++;
        else t.periodMisses.push({ file, quote: p.quote, goldDate: gc.date, predicted: p.periodStart ? `${p.periodStart}/${p.periodEnd}` : null });
      }
    } else if (p.outcome !== "captured") {
      t.fp++;
      t.fps.push({ file, quote: p.quote, numberText: p.numberText, side: p.side, outcome: p.outcome, low: p.low, high: p.high, qualifier: p.qualifier });
    }
  });
  gold.forEach((g, j) => {
    if (!countsForRecall(g)) return;
    if (matchedGold.has(j)) t.tp++;
    else {
      t.fn++;
      t.misses.push({ file, quote: g.quote, numberText: g.number_text, side: g.side, outcome: g.outcome, low: g.low, high: g.high, qualifier: g.qualifier });
    }
  });
  return t;
}

function extractAll(reports: CorpusReport[], profile: ConflictProfile, convention: ConventionId | undefined): ExtractedClaim[][] {
  return reports.map(({ report }) =>
    extractClaims(report.text, { outlet: report.outlet, published: report.published, publishedPrecision: report.publishedPrecision }, profile, { convention }),
  );
}

export function scoreReports(reports: CorpusReport[], options: EvaluateOptions = {}): CorpusScore {
  const profile = options.profile ?? getProfile();
  // Time the extractor over enough passes for a steady figure on small corpora,
  // after untimed passes: the first corpus scored would otherwise pay for the
  // JIT's warm-up and read as several times slower than the next.
  let predictions: ExtractedClaim[][] = [];
  const warming = performance.now();
  do predictions = extractAll(reports, profile, options.convention);
  while (performance.now() - warming < (options.minTimingMs ?? 300) / 2);
  const began = performance.now();
  let passes = 0;
  do {
    predictions = extractAll(reports, profile, options.convention);
    passes++;
  } while (performance.now() - began < (options.minTimingMs ?? 500) && passes < 80);
  const seconds = (performance.now() - began) / 1000;

  const strict = reports.map((r, i) => scoreReport(r.file, predictions[i], r.gold, "strict", profile));
  const blind = reports.map((r, i) => scoreReport(r.file, predictions[i], r.gold, "side-blind", profile));
  type Counted = "tp" | "fp" | "fn" | "periodRight" | "periodChecked" | "claimantRight" | "claimantChecked" | "placeRight" | "placeChecked" | "highRight" | "highTotal";
  const sum = (ts: Tally[], k: Counted) => ts.reduce((a, t) => a + t[k], 0);
  const [tp, fp, fn] = [sum(strict, "tp"), sum(strict, "fp"), sum(strict, "fn")];
  const [btp, bfp, bfn] = [sum(blind, "tp"), sum(blind, "fp"), sum(blind, "fn")];
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    reports: reports.length,
    goldRequired: tp + fn,
    truePositives: tp,
    falsePositiveCount: fp,
    precision,
    recall,
    strictF1: f1(precision, recall),
    sideBlindF1: f1(ratio(btp, btp + bfp), ratio(btp, btp + bfn)),
    periodAccuracy: ratio(sum(strict, "periodRight"), sum(strict, "periodChecked")),
    periodChecked: sum(strict, "periodChecked"),
    misses: strict.flatMap((t) => t.misses),
    periodMisses: strict.flatMap((t) => t.periodMisses),
    falsePositives: strict.flatMap((t) => t.fps),
    reportsPerSecond: (reports.length * passes) / seconds,
    timedReports: reports.length * passes,
    timedSeconds: seconds,
    claimantAccuracy: ratio(sum(strict, "claimantRight"), sum(strict, "claimantChecked")),
    claimantChecked: sum(strict, "claimantChecked"),
    placeAccuracy: ratio(sum(strict, "placeRight"), sum(strict, "placeChecked")),
    placeChecked: sum(strict, "placeChecked"),
    highConfidencePrecision: ratio(sum(strict, "highRight"), sum(strict, "highTotal")),
    highConfidenceShare: ratio(sum(strict, "highTotal"), sum(strict, "highTotal") + predictions.flat().filter((p) => p.confidence < HIGH_CONFIDENCE && p.outcome !== "captured").length),
    unregisteredClaimants: countUnregistered(predictions.flat()),
    claimantMisses: strict.flatMap((t) => t.claimantMisses),
    placeMisses: strict.flatMap((t) => t.placeMisses),
  };
}

function countUnregistered(claims: ExtractedClaim[]): { name: string; claims: number }[] {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.confidenceReason?.includes("claimant not in the registry")) counts.set(c.claimant, (counts.get(c.claimant) ?? 0) + 1);
  return [...counts].map(([name, n]) => ({ name, claims: n })).sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

export function evaluateCorpus(corpusDir: string, goldDir: string, options: EvaluateOptions = {}): CorpusScore {
  return scoreReports(loadCorpus(corpusDir, goldDir), options);
}
