// A claim's figure: the qualifier mix of real reports, with the numbers the
// extractor would store for each (README "Extraction" table): open-ended claims
// have no high, vague words take their number from the literal-v1 convention.
import { CONVENTIONS, DEFAULT_CONVENTION } from "@/lib/extraction/conventions";
import type { Qualifier } from "@/lib/extraction/types";
import type { Rng } from "./rng";

export type Figure = {
  qualifier: Qualifier;
  low: number;
  high: number | null;
  point: number;
  numberText: string;
  vagueTerm: string | null;
  convention: string | null;
};

const QUALIFIERS: [Qualifier, number][] = [["exact", 45], ["at_least", 20], ["about", 10], ["range", 8], ["at_most", 5], ["vague", 12]];
const VAGUE_WORDS: Record<string, string> = {
  "a number of": "a number of", some: "some", several: "several", many: "many", numerous: "numerous",
  "large groups": "large groups of", "a large number of": "a large number of", "tens of": "tens of",
  dozens: "dozens of", scores: "scores of", hundreds: "hundreds of", thousands: "thousands of",
};
const SMALL_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** A figure near `base` (the event's "true" toll): claimants agree often, not always. */
export function makeFigure(rng: Rng, base: number): Figure {
  const n = Math.max(1, Math.round(rng.chance(0.55) ? base : base * (0.4 + rng.next() * 1.8)));
  const qualifier = rng.weighted(QUALIFIERS);
  const exactText = n < SMALL_WORDS.length && rng.chance(0.5) ? SMALL_WORDS[n] : String(n);
  const none = { vagueTerm: null, convention: null };
  switch (qualifier) {
    case "exact":
      return { qualifier, low: n, high: n, point: n, numberText: exactText, ...none };
    case "at_least":
      return { qualifier, low: n, high: null, point: n, numberText: `at least ${n}`, ...none };
    case "about":
      return { qualifier, low: n, high: n, point: n, numberText: `${rng.pick(["nearly", "around", "about"])} ${n}`, ...none };
    case "at_most":
      return { qualifier, low: 1, high: n, point: n, numberText: `up to ${n}`, ...none };
    case "range": {
      const high = n + rng.int(1, Math.max(2, Math.round(n / 2)));
      return { qualifier, low: n, high, point: Math.floor((n + high) / 2), numberText: `between ${n} and ${high}`, ...none };
    }
    case "vague": {
      const term = rng.pick(Object.keys(CONVENTIONS[DEFAULT_CONVENTION].values));
      const value = CONVENTIONS[DEFAULT_CONVENTION].values[term];
      return { qualifier, low: value, high: null, point: value, numberText: VAGUE_WORDS[term] ?? term, vagueTerm: term, convention: DEFAULT_CONVENTION };
    }
  }
}

/** An event's base toll: mostly small, with a long tail (a few hundred). */
export function makeBaseToll(rng: Rng): number {
  return Math.max(1, Math.round(Math.exp(rng.next() * Math.log(300))));
}
