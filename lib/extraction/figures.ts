// Finds the figures of one sentence (numbers, vague words, "a civilian"), reads
// the words after each, drops those that do not count people, and marks the parts
// of a total given in an "including ..." list ("42 people, including 19 children").
import type { Figure } from "./attach-outcome";
import { isNotACasualtyCount } from "./figure-filters";
import { isSinglePerson, readNounPhrase } from "./noun-phrase";
import { applyAtLeast, findQuantities, type Quantity, readTrailingQualifier } from "./quantities";
import type { Token } from "./tokens";
import type { ConventionId } from "./types";

export type SentenceFigure = Figure & {
  /** A part of a total listed after "including" or "among them". */
  subcount: boolean;
  /** Token where the number's words end (after a trailing "at least"). */
  numberEndToken: number;
};

const SUBLIST_OPENERS = [["including"], ["among", "them"], ["among", "whom"], ["among", "them", "were"], ["of", "whom"]];

function singles(tokens: Token[], taken: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken.some((q) => i >= q.q0 && i < q.q1)) continue;
    const n = isSinglePerson(tokens, i);
    // The article is the figure; its words run to the noun ("A civilian").
    if (n) out.push({ q0: i, q1: i + 1, n0: i, n1: i + n, low: 1, high: 1, point: 1, qualifier: "exact", vagueTerm: null, vague: false });
  }
  return out;
}

/** An opener in the gap before the figure, with no clause mark after it ("including a lieutenant and an officer", not "including Mahmida town, leaving dozens"). */
function opensSublist(tokens: Token[], from: number, to: number): boolean {
  for (let j = to - 1; j >= from; j--) {
    if (tokens[j].t === "," || tokens[j].t === ";" || tokens[j].t === ".") return false;
    if (SUBLIST_OPENERS.some((p) => p.every((w, k) => tokens[j + k]?.t === w))) return true;
  }
  return false;
}

export function findFigures(tokens: Token[], convention: ConventionId, isTimeWord: (i: number) => boolean): SentenceFigure[] {
  const numbers = findQuantities(tokens, convention, isTimeWord);
  const quantities = [...numbers, ...singles(tokens, numbers)].sort((a, b) => a.q0 - b.q0);
  const all: Figure[] = quantities.map((q) => ({ q, np: readNounPhrase(tokens, q) }));
  const kept: SentenceFigure[] = [];
  for (const f of all) {
    if (isNotACasualtyCount(tokens, f, 0, all)) continue;
    // "6 persons at least", "116 women at least".
    const trailing = readTrailingQualifier(tokens, f.np.i1);
    const figure: Figure = trailing ? { q: { ...applyAtLeast(f.q), q1: f.q.q1 }, np: { ...f.np, i1: f.np.i1 + trailing.length } } : f;
    const prev = kept[kept.length - 1];
    const prevEnd = prev ? Math.max(prev.np.i1, prev.q.q1) : 0;
    const between = tokens.slice(prevEnd, figure.q.q0).map((t) => t.t);
    const continuesList = prev?.subcount && between.every((w) => w === "," || w === "and") && figure.np.head !== "others";
    const subcount = !!prev && (opensSublist(tokens, prevEnd, figure.q.q0) || continuesList);
    kept.push({ ...figure, subcount, numberEndToken: trailing ? figure.np.i1 : Math.max(figure.q.q1, figure.q.n1) });
  }
  return kept;
}
