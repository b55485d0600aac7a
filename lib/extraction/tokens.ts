// Tokens with offsets into the original text. Numbers keep their commas and
// decimals ("1,013", "1.9"), hyphenated words stay whole ("forty-nine",
// "18-month-old", "80-100", "pro-regime"), clock times are one token ("06:45").
export type TokenKind = "word" | "number" | "clock" | "punct";

export type Token = {
  /** Folded, lower-cased text. */
  t: string;
  /** The text as written. */
  raw: string;
  start: number;
  end: number;
  kind: TokenKind;
};

const TOKEN_RE =
  /(\d{1,2}:\d{2}(?::\d{2})?)|(?=\d+(?:st|nd|rd|th)\b)(\d+(?:st|nd|rd|th))|(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:-[\p{L}\p{N}]+)*|\d+(?:\.\d+)?(?:-[\p{L}\p{N}]+)*%?)|([\p{L}\p{M}]+(?:'[\p{L}]+)?(?:-[\p{L}\p{M}\p{N}]+)*(?:'[\p{L}]+)?)|([^\s\p{L}\p{N}])/gu;

const ACRONYM_WORDS = new Set(["is", "us", "it", "as", "at", "in", "on", "or", "an", "no", "am", "be", "to", "of", "by", "he", "we", "sdf"]);

/** Tokenises folded text between `from` and `to`; `raw` reads the original text. */
export function tokenize(folded: string, original: string, from = 0, to = folded.length): Token[] {
  const tokens: Token[] = [];
  const slice = folded.slice(from, to);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    const raw = original.slice(start, end);
    const kind: TokenKind = m[1] ? "clock" : m[2] ? "word" : m[3] ? "number" : m[4] ? "word" : "punct";
    // Acronyms spelled like small words ("IS", "US") keep their case so they are not read as "is", "us".
    const t = kind === "word" && ACRONYM_WORDS.has(m[0]) && /^[A-Z]{2,3}$/.test(raw) ? raw : m[0];
    tokens.push({ t, raw, start, end, kind });
  }
  return tokens;
}

/** True when the tokens from index i spell the words of `phrase` ("at least"). */
export function matchesAt(tokens: Token[], i: number, phrase: readonly string[]): boolean {
  if (i < 0 || i + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k].t !== phrase[k]) return false;
  return true;
}

/** The longest phrase from `phrases` starting at token i, as its word count (0 when none). */
export function longestMatchAt(tokens: Token[], i: number, phrases: readonly (readonly string[])[]): number {
  let best = 0;
  for (const p of phrases) if (p.length > best && matchesAt(tokens, i, p)) best = p.length;
  return best;
}

/** True when the phrase ends exactly at token index j-1 (i.e. precedes index j). */
export function endsBefore(tokens: Token[], j: number, phrase: readonly string[]): boolean {
  return matchesAt(tokens, j - phrase.length, phrase);
}

export const words = (s: string): string[] => s.split(" ");
