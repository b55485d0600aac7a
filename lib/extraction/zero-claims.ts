// "without causing any casualties", "no casualties were reported", "No hostage was
// harmed": an explicit zero is a claim (exact 0), unlike a figure nobody gave.
import type { Outcome } from "./types";

export type ZeroMatch = { start: number; end: number; outcome: Outcome; subject: string | null };

const PATTERNS: { re: RegExp; outcome: (m: RegExpExecArray) => Outcome; subject?: number }[] = [
  { re: /\bwithout (?:causing |leaving |inflicting |any reports? of )?(?:any )?(casualties|injuries|deaths|fatalities|victims|loss of life)\b/g, outcome: (m) => (m[1] === "injuries" ? "wounded" : "killed") },
  { re: /\b(?:caused|causing|there were|with|reported) no (casualties|injuries|deaths|fatalities|victims)\b/g, outcome: (m) => (m[1] === "injuries" ? "wounded" : "killed") },
  { re: /\bno (casualties|injuries|deaths|fatalities) (?:were|was|have been|has been) (?:reported|recorded|caused)\b/g, outcome: (m) => (m[1] === "injuries" ? "wounded" : "killed") },
  { re: /\bno(?: one|body| ([a-z]+))? (?:was|were|has been|have been) (killed|hurt|injured|harmed|wounded)\b/g, outcome: (m) => (m[2] === "killed" || m[2] === "harmed" ? "killed" : "wounded"), subject: 1 },
  { re: /\b(?:otherwise|were|was|released|returned) unharmed\b/g, outcome: () => "wounded" },
];

/** Zero statements in a sentence of folded text (offsets are absolute). */
export function findZeroClaims(folded: string, from: number, to: number): ZeroMatch[] {
  const slice = folded.slice(from, to);
  // Goals and denials are not statements of fact ("our goal is zero civilian casualties").
  if (/\b(goal|aim|target|avoid|hope|if)\b/.test(slice)) return [];
  const found: ZeroMatch[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(slice); m; m = p.re.exec(slice)) {
      found.push({ start: from + m.index, end: from + m.index + m[0].length, outcome: p.outcome(m), subject: p.subject ? (m[p.subject] ?? null) : null });
    }
  }
  return found;
}
