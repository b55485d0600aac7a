// Figures that are not casualty counts even when a casualty word is near: ages,
// rates ("nine children a day"), money, the whole a part is taken from ("60 of the
// 200 exposed"), exceptions ("all but 7"), hypotheses ("If ... 200 were killed")
// and habits ("the usual one or two that are typically killed").
import type { Figure } from "./attach-outcome";
import { namesThings } from "./noun-phrase";
import type { Token } from "./tokens";

const RATE = [["a", "day"], ["per", "day"], ["every", "day"], ["each", "day"], ["a", "week"], ["per", "week"], ["a", "month"], ["per", "month"], ["daily"], ["on", "average"]];
const HABIT = new Set(["average", "usual", "usually", "typically", "normally", "routinely", "habitually"]);
const HYPOTHESIS = new Set(["if", "whether", "unless", "would", "hypothetically"]);
const MONEY = new Set(["$", "£", "€", "usd", "syp"]);
const NUMBERED_THINGS = new Set(["day", "week", "page", "no", "number", "brigade", "division", "route", "highway", "article", "resolution", "chapter", "km", "kilometer", "mile", "hour"]);

function hasAt(tokens: Token[], i: number, phrase: string[]): boolean {
  return phrase.every((w, k) => tokens[i + k]?.t === w);
}

export function isNotACasualtyCount(tokens: Token[], f: Figure, sentenceStart: number, allFigures: Figure[]): boolean {
  const { q, np } = f;
  if (namesThings(tokens, np)) return true;
  const before = tokens[q.q0 - 1]?.t ?? "";
  const next = tokens[q.q1]?.t ?? "";
  if (MONEY.has(before) || NUMBERED_THINGS.has(before) || before === "aged" || before === "age") return true;
  // "under the age of eighteen", "over the age of 60".
  if (before === "of" && tokens[q.q0 - 2]?.t === "age") return true;
  // "a 6 year old girl", "60 years old".
  if ((next === "year" || next === "years" || next === "month" || next === "months") && tokens[q.q1 + 1]?.t === "old") return true;
  if (/^(year|month|week|day)s?-old$/.test(next)) return true;
  // A four-digit year standing alone ("in 2013", "2014 photo").
  if (!q.vague && q.qualifier === "exact" && q.low >= 1900 && q.low <= 2100 && tokens[q.n0].t.length === 4 && np.head === null) return true;
  for (let j = q.q1; j <= Math.min(np.i1 + 8, tokens.length - 1); j++) {
    if (tokens[j].t === "," || tokens[j].t === ";") break;
    if (RATE.some((r) => hasAt(tokens, j, r))) return true;
  }
  // "some of them were severely injured": a vague part of a group already counted.
  if (q.vague && np.partitive) return true;
  // "all but 7 of the 80-100", "60 of the approximately 200 people".
  if (hasAt(tokens, q.q0 - 2, ["all", "but"]) || before === "but") return true;
  if ((before === "of" || (before === "the" && tokens[q.q0 - 2]?.t === "of")) && allFigures.some((g) => g !== f && g.q.q1 <= q.q0 && g.q.q1 >= q.q0 - 3)) return true;
  // Hypotheses and habits in the same clause.
  for (let j = q.q0 - 1; j >= sentenceStart; j--) {
    const w = tokens[j].t;
    if (w === ";" || w === "." ) break;
    if (HYPOTHESIS.has(w) || HABIT.has(w)) return true;
  }
  for (let j = q.q1; j < Math.min(tokens.length, q.q1 + 8); j++) if (HABIT.has(tokens[j].t)) return true;
  return false;
}
