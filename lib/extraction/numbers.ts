// Reads the number at a token: digits ("1,013", "1.9 million"), words ("forty-nine",
// "one hundred fifty", "four thousand"), dozens ("a dozen", "two dozen") and digit
// ranges written with a hyphen ("80-100"). Ages, percentages and other
// hyphenated measures ("18-month-old", "25%") are not counts and read as nothing.
import type { Token } from "./tokens";

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };

export type ParsedNumber = {
  value: number;
  /** Set for a hyphenated digit range ("80-100"). */
  high?: number;
  /** Tokens used. */
  length: number;
  /** "a dozen": a round word that reads as "about 12". */
  approximate?: boolean;
};

export const isNumberWord = (w: string): boolean => w in UNITS || w in TENS;

const UNIT_MAP = new Map(Object.entries(UNITS));
const TEN_MAP = new Map(Object.entries(TENS));

/** "twenty-one" -> 21; "forty" -> 40; null when the word is not a cardinal below 100. */
function smallNumberWord(word: string): number | null {
  const unit = UNIT_MAP.get(word);
  if (unit !== undefined) return unit;
  const ten = TEN_MAP.get(word);
  if (ten !== undefined) return ten;
  if (!word.includes("-")) return null;
  const m = /^([a-z]+)-([a-z]+)$/.exec(word);
  if (m && m[1] in TENS && m[2] in UNITS && UNITS[m[2]] > 0 && UNITS[m[2]] < 10) return TENS[m[1]] + UNITS[m[2]];
  return null;
}

function parseDigits(token: Token): ParsedNumber | "not-a-count" | null {
  if (token.kind !== "number") return null;
  if (token.t.endsWith("%")) return "not-a-count";
  const parts = token.t.split("-");
  const head = Number(parts[0].replace(/,/g, ""));
  if (parts.length === 1) return { value: head, length: 1 };
  // "80-100" is a range; "18-month-old", "9-year-old", "137th"-like tails are not counts.
  if (parts.length === 2 && /^\d+$/.test(parts[1]) && Number(parts[1]) > head) return { value: head, high: Number(parts[1]), length: 1 };
  return "not-a-count";
}

/** Multiplies by a following scale word: "1.9 million", "four thousand", "one hundred fifty". */
function withScales(tokens: Token[], i: number, first: ParsedNumber): ParsedNumber {
  let total = 0;
  let current = first.value;
  let j = i + first.length;
  for (;;) {
    const w = tokens[j]?.t;
    if (w && w in SCALES) {
      current *= SCALES[w];
      if (SCALES[w] >= 1000) {
        total += current;
        current = 0;
      }
      j++;
      continue;
    }
    // "one hundred fifty", "one hundred and fifty": a smaller word after a scale adds on.
    const joiner = w === "and" && j > i + first.length ? 1 : 0;
    const next = tokens[j + joiner] ? smallNumberWord(tokens[j + joiner].t) : null;
    if (next !== null && j > i + first.length && tokens[j - 1].t in SCALES) {
      current += next;
      j += joiner + 1;
      continue;
    }
    break;
  }
  return { value: Math.round(total + current), high: first.high, length: j - i };
}

/** The number that starts at token i, or null. */
export function parseNumberAt(tokens: Token[], i: number): ParsedNumber | "not-a-count" | null {
  const token = tokens[i];
  if (!token) return null;
  const digits = parseDigits(token);
  if (digits === "not-a-count") return digits;
  if (digits) return digits.high ? digits : withScales(tokens, i, digits);
  // Dozens: "a dozen" (about 12), "two dozen" (24), "half a dozen" (6).
  if (token.t === "a" && tokens[i + 1]?.t === "dozen") return { value: 12, length: 2, approximate: true };
  if (token.t === "half" && tokens[i + 1]?.t === "a" && tokens[i + 2]?.t === "dozen") return { value: 6, length: 3, approximate: true };
  // "more than a hundred", "around a thousand": "a" is "one" before a scale word.
  if (token.t === "a" && (tokens[i + 1]?.t === "hundred" || tokens[i + 1]?.t === "thousand")) return { value: tokens[i + 1].t === "hundred" ? 100 : 1000, length: 2 };
  const small = smallNumberWord(token.t);
  if (small === null) {
    if (/-(year|month|week|day)s?-old$/.test(token.t)) return "not-a-count";
    return null;
  }
  if (tokens[i + 1]?.t === "dozen") return { value: small * 12, length: 2 };
  return withScales(tokens, i, { value: small, length: 1 });
}
