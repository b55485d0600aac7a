// Totals and their parts: a toll of "people" that the report then splits across
// two or more sides ("16 killed": 10 Asayish and six civilians) is a total across
// sides (mixed), not a figure of unknown side. The parts must add up to most of it.
import type { Draft } from "./assign-period";

const GENERIC_HEADS = new Set(["people", "persons", "individuals", "victims"]);
const WINDOW_CHARS = 2500;

export function markMixedTotals(drafts: Draft[]): void {
  drafts.forEach((total, k) => {
    const c = total.claim;
    if (c.side !== "unknown" || !total.figure || c.qualifier === "vague" || c.low <= 0) return;
    const head = total.figure.np.head;
    if (head !== null && !GENERIC_HEADS.has(head)) return;
    let sum = 0;
    const sides = new Set<string>();
    for (let j = k + 1; j < drafts.length; j++) {
      const part = drafts[j];
      const p = part.claim;
      if (p.spanStart - c.spanEnd > WINDOW_CHARS) break;
      if (p.outcome !== c.outcome || part.figure?.subcount) continue;
      if (p.side === "unknown" || p.side === "mixed" || p.qualifier === "vague") continue;
      // A part that would overshoot belongs to another count (a repeat, a later event).
      if (c.high !== null && sum + p.point > c.low) continue;
      sum += p.point;
      sides.add(p.side);
    }
    if (sides.size >= 2 && sum >= 0.85 * c.low) c.side = "mixed";
  });
}
