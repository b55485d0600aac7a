// The extractor's measured accuracy as the pages show it: written by
// `npm run eval -- --json-out lib/evaluation/measured.json` (which `npm test` runs,
// so the file follows the extractor), read by the about and claims pages. Only
// deterministic figures: the same extractor on the same corpora writes the same
// file, byte for byte (no timings, no dates), so a change in it is a change in
// accuracy, visible in review.
import { z } from "zod";

const share = z.number().min(0).max(1);

export const measuredCorpusSchema = z.object({
  name: z.string(),
  reports: z.number().int(),
  /** Gold claims a perfect extractor must find (optional and captured ones aside). */
  goldClaims: z.number().int(),
  precision: share,
  recall: share,
  strictF1: share,
  sideBlindF1: share,
  /** Shares of the strictly matched claims whose claimant / place agrees with the gold, over the claims whose gold names one. */
  claimantRight: share,
  claimantChecked: z.number().int(),
  placeRight: share,
  placeChecked: z.number().int(),
  periodsRight: share,
  highConfidencePrecision: share,
  /** Strict F1 before any rule was written while looking at this corpus; null for the corpora the extractor was begun on. */
  firstLook: share.nullable(),
});

export const measuredFiguresSchema = z.object({
  extractor: z.object({ name: z.string(), version: z.string() }),
  convention: z.string(),
  command: z.string(),
  corpora: z.array(measuredCorpusSchema),
});

export type MeasuredCorpus = z.infer<typeof measuredCorpusSchema>;
export type MeasuredFigures = z.infer<typeof measuredFiguresSchema>;

export const MEASURED_FILE = "lib/evaluation/measured.json";

const round = (x: number) => Math.round(x * 10_000) / 10_000;

type ScoreLike = {
  reports: number; goldRequired: number; precision: number; recall: number; strictF1: number; sideBlindF1: number;
  claimantAccuracy: number; claimantChecked: number; placeAccuracy: number; placeChecked: number; periodAccuracy: number; highConfidencePrecision: number;
};

/** One corpus's score as the file keeps it (shares rounded to 4 decimals). */
export function measuredCorpus(name: string, score: ScoreLike, firstLook: number | null): MeasuredCorpus {
  return {
    name,
    reports: score.reports,
    goldClaims: score.goldRequired,
    precision: round(score.precision),
    recall: round(score.recall),
    strictF1: round(score.strictF1),
    sideBlindF1: round(score.sideBlindF1),
    claimantRight: round(score.claimantAccuracy),
    claimantChecked: score.claimantChecked,
    placeRight: round(score.placeAccuracy),
    placeChecked: score.placeChecked,
    periodsRight: round(score.periodAccuracy),
    highConfidencePrecision: round(score.highConfidencePrecision),
    firstLook,
  };
}
