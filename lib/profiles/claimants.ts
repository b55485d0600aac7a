// Resolves a claimant as written ("the Britain-based Observatory", "its director
// Rami Abdel Rahman", "Syria's state news agency") to its entry in the profile's
// claimant registry. A phrase names an entry when it contains one of the entry's
// aliases as whole words; the longest alias found wins, so "SDF Press Office"
// beats "SDF". Case-sensitive short forms ("UN", "AP") are compared as written.
import type { Claimant, ConflictProfile } from "./schema";

type AliasEntry = { words: string; claimant: Claimant; caseSensitive: boolean };
const cache = new WeakMap<ConflictProfile, AliasEntry[]>();

/** Lower case, letters and digits only, single spaces ("Syria's" -> "syrias"). */
function key(phrase: string): string {
  return phrase
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/['’]s\b/g, "s")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function aliasEntries(profile: ConflictProfile): AliasEntry[] {
  let entries = cache.get(profile);
  if (!entries) {
    entries = profile.claimants.flatMap((c) => [
      ...[c.name, ...c.aliases].map((a) => ({ words: ` ${key(a)} `, claimant: c, caseSensitive: false })),
      ...c.caseSensitiveAliases.map((a) => ({ words: ` ${a.replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `, claimant: c, caseSensitive: true })),
    ]);
    entries.sort((a, b) => b.words.length - a.words.length);
    cache.set(profile, entries);
  }
  return entries;
}

/** Resolved phrases per profile: a report names a handful of claimants, asked about once per sentence and claim. */
const resolved = new WeakMap<ConflictProfile, Map<string, Claimant | null>>();
const MAX_REMEMBERED = 10_000;

export function findClaimantEntry(profile: ConflictProfile, phrase: string): Claimant | null {
  let memo = resolved.get(profile);
  if (!memo) resolved.set(profile, (memo = new Map()));
  const hit = memo.get(phrase);
  if (hit !== undefined) return hit;
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  const entry = lookUp(profile, phrase);
  memo.set(phrase, entry);
  return entry;
}

function lookUp(profile: ConflictProfile, phrase: string): Claimant | null {
  const folded = ` ${key(phrase)} `;
  const asWritten = ` ${phrase.replace(/['’]s\b/g, "s").replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  for (const e of aliasEntries(profile)) {
    if (e.words.trim() && (e.caseSensitive ? asWritten : folded).includes(e.words)) return e.claimant;
  }
  return null;
}

/** The side a claimant speaks for, when the registry gives one. */
export function claimantSide(profile: ConflictProfile, phrase: string): string | null {
  return findClaimantEntry(profile, phrase)?.side ?? null;
}
