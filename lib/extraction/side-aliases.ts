// Finds the profile's side names in a run of tokens: the earliest mention wins, and
// at one position the longest alias ("free syrian army" before "army"). Aliases
// are compared as words, so "pro-Assad", "pro Assad" and "Pro-Assad" are the same;
// case-sensitive aliases ("IS") are compared with the text as written.
import type { ConflictProfile } from "@/lib/profiles/schema";
import { wordKey } from "./normalize";
import type { Token } from "./tokens";

type AliasEntry = { words: string[]; side: string; caseSensitive: boolean };
export type SideMention = { side: string; text: string; start: number; end: number; t0: number; t1: number };

export type AliasIndex = Map<string, AliasEntry[]>;

/** A side that fights (not civilians, not a total across sides, not unknown). */
export const isFightingSide = (side: string): boolean => side !== "civilians" && side !== "unknown" && side !== "mixed";

const cache = new WeakMap<ConflictProfile, AliasIndex>();

export function aliasIndex(profile: ConflictProfile): AliasIndex {
  const hit = cache.get(profile);
  if (hit) return hit;
  const index: AliasIndex = new Map();
  const add = (alias: string, side: string, caseSensitive: boolean) => {
    const w = caseSensitive ? alias.split(/\s+/) : wordKey(alias).split(" ");
    if (!w[0]) return;
    const list = index.get(caseSensitive ? `#${w[0]}` : w[0]) ?? [];
    list.push({ words: w, side, caseSensitive });
    index.set(caseSensitive ? `#${w[0]}` : w[0], list);
  };
  for (const side of profile.sides) {
    for (const a of side.aliases) add(a, side.key, false);
    for (const a of side.caseSensitiveAliases ?? []) add(a, side.key, true);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  cache.set(profile, index);
  return index;
}

type Word = { w: string; raw: string; token: number };

/**
 * A sentence's words are read once, and the aliases that may start at each word are looked
 * up once: side lookups ask for many ranges of the same tokens (findSideMentions, mostly
 * these lookups, was 8% of a CPU profile of the extractor on the corpus).
 */
type SentenceWords = { words: Word[]; firstOfToken: Int32Array; starts?: { index: AliasIndex; at: (AliasEntry[] | null | undefined)[] } };
const wordsCache = new WeakMap<Token[], SentenceWords>();

function sentenceWords(tokens: Token[]): SentenceWords {
  let cached = wordsCache.get(tokens);
  if (!cached) {
    const words = readWords(tokens);
    const firstOfToken = new Int32Array(tokens.length + 1).fill(words.length);
    for (let k = words.length - 1; k >= 0; k--) firstOfToken[words[k].token] = k;
    // A token without words (a hyphen) starts where the next token's words start.
    for (let i = tokens.length - 1; i >= 0; i--) if (firstOfToken[i] === words.length) firstOfToken[i] = firstOfToken[i + 1];
    cached = { words, firstOfToken };
    wordsCache.set(tokens, cached);
  }
  return cached;
}

/** The words of tokens[i0..i1) as indexes into the sentence's words: [from, to). */
function wordRange(tokens: Token[], cached: SentenceWords, i0: number, i1: number): [number, number] {
  const from = i0 <= 0 ? 0 : i0 >= tokens.length ? cached.words.length : cached.firstOfToken[i0];
  const to = i1 >= tokens.length ? cached.words.length : i1 <= 0 ? 0 : cached.firstOfToken[i1];
  return [from, to];
}

/** The aliases whose first word is word k, longest first (null where none); looked up once per word. */
function aliasesAt(cached: SentenceWords, index: AliasIndex, k: number): AliasEntry[] | null {
  if (cached.starts?.index !== index) cached.starts = { index, at: [] };
  const at = cached.starts.at;
  let found = at[k];
  if (found === undefined) {
    const lower = index.get(cached.words[k].w);
    const cased = index.get(`#${cached.words[k].raw}`);
    // Each list is sorted longest first already; only a mix of both needs sorting.
    found = at[k] = !cased ? (lower ?? null) : !lower ? cased : [...lower, ...cased].sort((a, b) => b.words.length - a.words.length);
  }
  return found;
}

function readWords(tokens: Token[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind === "punct") {
      // A sentence mark ends a name; hyphens, slashes and apostrophes do not.
      if (/[.,;:!?"()—]/.test(tok.t)) out.push({ w: "|", raw: "|", token: i });
      continue;
    }
    if (/^[\p{L}\p{N}]+$/u.test(tok.raw)) {
      out.push({ w: tok.t.toLowerCase(), raw: tok.raw, token: i });
      continue;
    }
    const raws = tok.raw.replace(/['’]s\b/g, "s").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const keys = wordKey(tok.raw).split(" ").filter(Boolean);
    keys.forEach((w, k) => out.push({ w, raw: raws[k] ?? w, token: i }));
  }
  return out;
}

/** All side mentions in tokens[i0..i1), left to right, not overlapping. */
export function findSideMentions(tokens: Token[], i0: number, i1: number, index: AliasIndex): SideMention[] {
  const cached = sentenceWords(tokens);
  const [from, to] = wordRange(tokens, cached, i0, i1);
  const ws = cached.words;
  const found: SideMention[] = [];
  for (let k = from; k < to; k++) {
    const candidates = aliasesAt(cached, index, k);
    if (!candidates) continue;
    // An alias must end inside the range: a name cut by its edge is not mentioned there.
    const hit = candidates.find((a) => k + a.words.length <= to && a.words.every((w, j) => (a.caseSensitive ? ws[k + j].raw === w : ws[k + j].w === w)));
    if (!hit) continue;
    const t0 = ws[k].token;
    const t1 = ws[k + hit.words.length - 1].token + 1;
    found.push({ side: hit.side, text: "", start: tokens[t0].start, end: tokens[t1 - 1].end, t0, t1 });
    k += hit.words.length - 1;
  }
  return found;
}

export function firstSideMention(tokens: Token[], i0: number, i1: number, index: AliasIndex): SideMention | null {
  return findSideMentions(tokens, i0, i1, index)[0] ?? null;
}
