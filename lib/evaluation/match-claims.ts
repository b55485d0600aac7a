// Pairs predicted and gold claims of one report one to one, as the corpus README
// scores them: a strict match needs equal side and outcome and a compatible count
// (a vague gold claim needs a vague prediction; otherwise low and high are equal,
// or equal to an also_ok variant). The pairing is a maximum-weight assignment, so
// required gold claims are matched first and quotes that overlap are preferred.
import type { GoldClaim } from "./gold-schema";

export type ScoredPrediction = {
  quote: string;
  side: string;
  outcome: string;
  low: number;
  high: number | null;
  qualifier: string;
  periodStart: string | null;
  periodEnd: string | null;
  confidence: number;
};

export type MatchMode = "strict" | "side-blind";

/** Every reading of a gold claim: itself and each also_ok variant laid over it. */
function readings(gold: GoldClaim): GoldClaim[] {
  return [gold, ...(gold.also_ok ?? []).map((v) => ({ ...gold, ...v }) as GoldClaim)];
}

export function isCompatible(pred: ScoredPrediction, gold: GoldClaim, mode: MatchMode): boolean {
  return readings(gold).some((g) => {
    if (mode === "strict" && pred.side !== g.side) return false;
    if (pred.outcome !== g.outcome) return false;
    if (g.qualifier === "vague") return pred.qualifier === "vague";
    return pred.low === g.low && pred.high === g.high;
  });
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean));
}

/** Share of the shorter quote's words found in the other: a tie-breaker between equally good pairs. */
export function quoteOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size);
}

/** Hungarian algorithm (maximisation) on a rectangular weight matrix; returns row -> column or -1. */
export function maxWeightAssignment(weights: number[][]): number[] {
  const rows = weights.length;
  const cols = rows ? weights[0].length : 0;
  const n = Math.max(rows, cols);
  if (n === 0) return [];
  const max = Math.max(0, ...weights.flat());
  const cost = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i && j && i <= rows && j <= cols ? max - weights[i - 1][j - 1] : max)));
  const u = new Array(n + 1).fill(0);
  const v = new Array(n + 1).fill(0);
  const p = new Array(n + 1).fill(0);
  const way = new Array(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array(n + 1).fill(Infinity);
    const used = new Array(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[i0][j] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const result = new Array(rows).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j] >= 1 && p[j] <= rows && j <= cols && weights[p[j] - 1][j - 1] > 0) result[p[j] - 1] = j - 1;
  return result;
}

const countsForRecall = (g: GoldClaim) => !g.optional && g.outcome !== "captured";

/** Pairs predictions (rows) with gold claims (columns); returns prediction index -> gold index or -1. */
export function pairClaims(preds: ScoredPrediction[], gold: GoldClaim[], mode: MatchMode): number[] {
  const weights = preds.map((p) =>
    gold.map((g) => (isCompatible(p, g, mode) ? (countsForRecall(g) ? 1000 : 100) + Math.round(10 * quoteOverlap(p.quote, g.quote)) : 0)),
  );
  return maxWeightAssignment(weights);
}
