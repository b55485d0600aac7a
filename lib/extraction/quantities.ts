// Finds every quantity in a sentence's tokens and reads it as an interval:
// "at least 30" (30..open), "more than 29" (30..open), "nearly 50" (about 50),
// "up to 70" (1..70), "between 10 and 15" / "10 to 15" / "10-15" (range), "6 persons
// at least", and vague words ("dozens of") valued by the chosen convention.
import { A_DOZEN, vagueValue } from "./conventions";
import { parseNumberAt } from "./numbers";
import { longestMatchAt, matchesAt, type Token, words } from "./tokens";
import type { ConventionId, Qualifier } from "./types";

export type Quantity = {
  /** Token range of the whole number phrase incl. qualifiers (number_text). */
  q0: number;
  q1: number;
  /** Token range of the number itself. */
  n0: number;
  n1: number;
  low: number;
  high: number | null;
  point: number;
  qualifier: Qualifier;
  vagueTerm: string | null;
  vague: boolean;
};

type Prefix = { phrase: string[]; kind: "at_least" | "more_than" | "about" | "at_most" | "less_than" | "none" };
const PREFIXES: Prefix[] = [
  ...["at least", "at the least", "no fewer than", "no less than", "not less than", "a minimum of", "a total of at least"].map((p) => ({ phrase: words(p), kind: "at_least" as const })),
  ...["more than", "over", "upwards of", "in excess of", "well over", "just over"].map((p) => ({ phrase: words(p), kind: "more_than" as const })),
  ...["nearly", "almost", "around", "about", "approximately", "roughly", "some", "an estimated", "estimated", "close to", "just under", "more like"].map((p) => ({ phrase: words(p), kind: "about" as const })),
  ...["up to", "as many as", "at most", "a maximum of"].map((p) => ({ phrase: words(p), kind: "at_most" as const })),
  ...["less than", "fewer than", "under"].map((p) => ({ phrase: words(p), kind: "less_than" as const })),
  ...["another", "a further", "an additional", "a total of", "the other"].map((p) => ({ phrase: words(p), kind: "none" as const })),
];

/** Vague quantity words, longest first, with the convention key each maps to. */
const VAGUE: [string[], string][] = [
  [words("a large number of"), "a large number of"],
  [words("large numbers of"), "a large number of"],
  [words("large groups of"), "large groups"],
  [words("large groups"), "large groups"],
  [words("a number of"), "a number of"],
  [words("a few"), "a few"],
  [words("a couple of"), "a couple of"],
  [words("tens of"), "tens of"],
  // "several dozen" is read as "dozens"; "a handful of" as "a few": no convention names them apart.
  [words("several dozen"), "dozens"],
  [words("a handful of"), "a few"],
  [words("dozens of"), "dozens"],
  [words("dozens"), "dozens"],
  [words("scores of"), "scores"],
  [words("scores"), "scores"],
  [words("hundreds of"), "hundreds"],
  [words("hundreds"), "hundreds"],
  [words("thousands of"), "thousands"],
  [words("thousands"), "thousands"],
  [words("several"), "several"],
  [words("numerous"), "numerous"],
  [words("many"), "many"],
  [words("some"), "some"],
];

const VAGUE_PHRASES = VAGUE.map(([p]) => p);
/** First words of every vague phrase: most tokens start none, and are skipped at once. */
const VAGUE_FIRST = new Set(VAGUE_PHRASES.map((p) => p[0]));

function readPrefix(tokens: Token[], i: number): { kind: Prefix["kind"]; length: number }[] {
  const found: { kind: Prefix["kind"]; length: number }[] = [];
  for (const p of PREFIXES) if (matchesAt(tokens, i - p.phrase.length, p.phrase)) found.push({ kind: p.kind, length: p.phrase.length });
  return found.sort((a, b) => b.length - a.length);
}

function interval(kind: Prefix["kind"] | "exact", value: number): Pick<Quantity, "low" | "high" | "point" | "qualifier"> {
  switch (kind) {
    case "at_least":
      return { low: value, high: null, point: value, qualifier: "at_least" };
    case "more_than":
      return { low: Number.isInteger(value) ? value + 1 : value, high: null, point: value + 1, qualifier: "at_least" };
    case "about":
      return { low: value, high: value, point: value, qualifier: "about" };
    case "at_most":
      return { low: Math.min(1, value), high: value, point: value, qualifier: "at_most" };
    case "less_than":
      return { low: Math.min(1, value - 1), high: value - 1, point: value - 1, qualifier: "at_most" };
    default:
      return { low: value, high: value, point: value, qualifier: "exact" };
  }
}

/** Every quantity in the tokens, left to right, not overlapping. */
export function findQuantities(tokens: Token[], convention: ConventionId, skip: (i: number) => boolean): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (skip(i)) continue;
    const vague = VAGUE_FIRST.has(tokens[i].t) ? longestMatchAt(tokens, i, VAGUE_PHRASES) : 0;
    const parsed = vague ? null : parseNumberAt(tokens, i);
    if (!vague && (!parsed || parsed === "not-a-count")) continue;
    const prefix = readPrefix(tokens, i)[0];
    const q0 = prefix ? i - prefix.length : i;
    if (vague) {
      const term = VAGUE.find(([p]) => p.length === vague && matchesAt(tokens, i, p))![1];
      // "some 470,000" and "some of" are handled elsewhere: "some" before a number is "about".
      if (term === "some" && parseNumberAt(tokens, i + 1) && parseNumberAt(tokens, i + 1) !== "not-a-count") continue;
      // "as many as 198": a prefix of the number that follows, read with it.
      if (term === "many" && tokens[i - 1]?.t === "as" && tokens[i + 1]?.t === "as") continue;
      // "five children lost their lives and as many others were injured": the same number again.
      const previous = found[found.length - 1];
      if (term === "many" && tokens[i - 1]?.t === "as" && previous && !previous.vague && /^(others|more|people|were|again)$/.test(tokens[i + 1]?.t ?? "")) {
        found.push({ ...previous, q0: i - 1, q1: i + 1, n0: i - 1, n1: i + 1 });
        continue;
      }
      const value = vagueValue(term, convention);
      found.push({ q0, q1: i + vague, n0: i, n1: i + vague, low: value, high: null, point: value, qualifier: "vague", vagueTerm: term, vague: true });
      i += vague - 1;
      continue;
    }
    if (!parsed || parsed === "not-a-count") continue;
    let n1 = i + parsed.length;
    let q: Quantity;
    // "between 10 and 15", "10 to 15", "one or two", "from 10 to 15".
    const joiner = tokens[n1]?.t;
    const second = joiner === "to" || joiner === "and" || joiner === "or" || joiner === "-" ? parseNumberAt(tokens, n1 + 1) : null;
    const isBetween = tokens[i - 1]?.t === "between" && joiner === "and";
    if (second && second !== "not-a-count" && second.value > parsed.value && (joiner !== "and" || isBetween)) {
      const high = second.value;
      const start = isBetween || tokens[i - 1]?.t === "from" ? i - 1 : q0;
      n1 = n1 + 1 + second.length;
      q = { q0: start, q1: n1, n0: i, n1, low: parsed.value, high, point: Math.floor((parsed.value + high) / 2), qualifier: "range", vagueTerm: null, vague: false };
    } else if (parsed.high !== undefined) {
      q = { q0, q1: n1, n0: i, n1, low: parsed.value, high: parsed.high, point: Math.floor((parsed.value + parsed.high) / 2), qualifier: "range", vagueTerm: null, vague: false };
    } else {
      const kind = prefix?.kind ?? (parsed.approximate ? "about" : "exact");
      q = { q0, q1: n1, n0: i, n1, ...interval(kind === "none" ? (parsed.approximate ? "about" : "exact") : kind, parsed.approximate && kind === "none" ? A_DOZEN : parsed.value), vagueTerm: null, vague: false };
    }
    found.push(q);
    i = n1 - 1;
  }
  return found;
}

/** "6 persons at least", "116 women at least", "50 or more": a qualifier after the noun. */
export function readTrailingQualifier(tokens: Token[], j: number): { kind: "at_least"; length: number } | null {
  if (matchesAt(tokens, j, ["at", "least"])) return { kind: "at_least", length: 2 };
  if (matchesAt(tokens, j, ["or", "more"])) return { kind: "at_least", length: 2 };
  return null;
}

export function applyAtLeast(q: Quantity): Quantity {
  if (q.vague || q.qualifier === "range") return q;
  return { ...q, low: q.low, high: null, point: q.low, qualifier: "at_least" };
}
