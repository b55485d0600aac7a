// The quality bar the extractor is held to (npm run eval -- --check, and CI).
import type { CorpusScore } from "./evaluate-corpus";

export const TARGETS = { seedsStrictF1: 0.95, otherStrictF1: 0.9, periodAccuracy: 0.9, reportsPerSecond: 200 } as const;

/** Human sentences for each target a corpus misses; empty when it meets them all. */
export function missedTargets(corpus: string, score: CorpusScore): string[] {
  const missed: string[] = [];
  const f1Target = corpus === "seeds" ? TARGETS.seedsStrictF1 : TARGETS.otherStrictF1;
  if (score.strictF1 < f1Target) missed.push(`${corpus}: strict F1 ${score.strictF1.toFixed(3)} < ${f1Target}`);
  if (score.periodAccuracy < TARGETS.periodAccuracy) missed.push(`${corpus}: period accuracy ${score.periodAccuracy.toFixed(3)} < ${TARGETS.periodAccuracy}`);
  if (score.reportsPerSecond < TARGETS.reportsPerSecond) missed.push(`${corpus}: ${score.reportsPerSecond.toFixed(0)} reports/s < ${TARGETS.reportsPerSecond}`);
  return missed;
}
