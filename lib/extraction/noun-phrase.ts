// The words after a figure that say who was counted: "at least 30 [members of the
// regime forces]", "22 [IS extremists]", "609 [of those killed]". The phrase ends
// at a verb, a preposition, a clause mark or another figure.
import { NON_PERSON_NOUNS, NP_STOPS, PERSON_NOUNS, SINGLE_PERSON_NOUNS } from "./lexicon";
import { triggerAt, type Trigger } from "./outcome-triggers";
import type { Quantity } from "./quantities";
import type { Token } from "./tokens";

export type NounPhrase = {
  i0: number;
  i1: number;
  /** "3 of them", "200 of whom", "609 of those killed". */
  partitive: boolean;
  /** "of those killed", "among the dead" right after the figure. */
  trigger: Trigger | null;
  /** "scores of dead soldiers". */
  deadAdjective: boolean;
  /** "9 injured civilians". */
  woundedAdjective: boolean;
  /** Last word of the phrase before any "of ...". */
  head: string | null;
};

const ADJECTIVES = new Map([["dead", "killed"], ["slain", "killed"], ["injured", "wounded"], ["wounded", "wounded"]]);
const PARTITIVE_HEADS = new Set(["those", "them", "whom", "which", "these", "the", "his", "her", "their", "its"]);
const CONTINUE_AFTER = new Map([["identified", "as"], ["believed", "to"], ["described", "as"], ["thought", "to"]]);

export function readNounPhrase(tokens: Token[], q: Quantity): NounPhrase {
  let j = q.q1;
  let partitive = false;
  let deadAdjective = false;
  let woundedAdjective = false;
  if (tokens[j]?.t === "of" && PARTITIVE_HEADS.has(tokens[j + 1]?.t)) {
    partitive = tokens[j + 1].t !== "the" || q.vague || tokens[q.q1 - 1]?.kind === "number" || /^(one|two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[q.q1 - 1]?.t ?? "");
    const trig = triggerAt(tokens, j);
    if (trig?.post) return { i0: j, i1: trig.i1, partitive: true, trigger: trig, deadAdjective, woundedAdjective, head: null };
  }
  // "scores of dead soldiers", "9 injured civilians": a casualty adjective before the noun.
  const adjective = ADJECTIVES.get(tokens[j]?.t ?? "");
  const nounAfter = tokens[j + 1];
  if (adjective && nounAfter?.kind === "word" && !NP_STOPS.has(nounAfter.t) && !triggerAt(tokens, j + 1)) {
    deadAdjective = adjective === "killed";
    woundedAdjective = adjective === "wounded";
    j++;
  }
  const i0 = j;
  let head: string | null = null;
  let sawOf = false;
  for (let n = 0; j < tokens.length && n < 10; n++) {
    const tok = tokens[j];
    const prev = tokens[j - 1]?.t;
    if (tok.t === "(") {
      const close = tokens.findIndex((t, k) => k > j && t.t === ")");
      if (close === -1 || close - j > 6 || tokens.slice(j, close).some((t) => t.kind === "number")) break;
      j = close + 1;
      continue;
    }
    if (CONTINUE_AFTER.get(prev ?? "") === tok.t) {
      j++;
      continue;
    }
    if ((tok.kind === "number" && !/-(year|month|week|day)s?-old$/.test(tok.t)) || tok.kind === "clock") break;
    // A quoted name inside the phrase: 'member of the "Islamic State"', 'so-called "Fifth Corps"'.
    if (tok.t === '"' && /^(of|the|called|so-called)$/.test(prev ?? "") && tokens[j + 1]?.kind === "word") {
      j++;
      continue;
    }
    if (NP_STOPS.has(tok.t) && !(tok.t === "be" && prev === "to")) break;
    if (triggerAt(tokens, j)) break;
    if (tok.t === "of") sawOf = true;
    else if (tok.kind === "word" && !sawOf && !CONTINUE_AFTER.has(tok.t)) head = tok.t;
    j++;
  }
  return { i0, i1: j, partitive, trigger: null, deadAdjective, woundedAdjective, head };
}

/** True when the phrase names things or measures ("4 rockets", "10 km", "two villages"). */
export function namesThings(tokens: Token[], np: NounPhrase): boolean {
  let personSeen = false;
  for (let j = np.i0; j < np.i1; j++) {
    const w = tokens[j].t;
    if (/-(year|month|week|day)s?-old$/.test(w)) continue;
    if (w === "of" && personSeen) return false;
    if (PERSON_NOUNS.has(w) || SINGLE_PERSON_NOUNS.has(w)) personSeen = true;
    for (const part of w.split("-")) if (NON_PERSON_NOUNS.has(part) && !personSeen) return true;
  }
  return false;
}

/** "a civilian", "an old man", "a media activist": the article counts one person. */
export function isSinglePerson(tokens: Token[], i: number): number {
  if (tokens[i]?.t !== "a" && tokens[i]?.t !== "an") return 0;
  for (let k = 1; k <= 3; k++) {
    const tok = tokens[i + k];
    // "a 12-year-old boy": an age is a modifier, not a count.
    if (tok && tok.kind === "number" && /-(year|month|week|day)s?-old$/.test(tok.t)) continue;
    if (!tok || tok.kind !== "word" || NP_STOPS.has(tok.t)) return 0;
    if (SINGLE_PERSON_NOUNS.has(tok.t)) return k + 1;
  }
  return 0;
}
