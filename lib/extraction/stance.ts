// Partisan words mean what their speaker means by them. "Martyrs" and "comrades"
// in a YPG statement are YPG fighters; "terrorists", "mercenaries" and "gangs" in
// SANA are its enemies, and in a Kurdish outlet they are the Kurdish forces'
// enemies. So the side of such a word comes from who speaks (the claimant, else the
// outlet, through the profile's claimant registry, or a claimant named by its side:
// "a YPG commander") and from the groups named around it. Which sides a partisan
// word may stand for is the profile's data (each side's `epithets`).
import type { ConflictProfile } from "@/lib/profiles/schema";
import { findClaimantEntry } from "@/lib/profiles/claimants";
import { outletSide } from "./claimant";
import { foldText } from "./normalize";
import { type AliasIndex, findSideMentions, isFightingSide } from "./side-aliases";
import { tokenize } from "./tokens";

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Words a speaker uses for its own dead. */
export const OWN_SIDE_WORDS = set(`martyrs martyr comrades comrade heroes hero`);

const stanceCache = new WeakMap<ConflictProfile, Map<string, string | null>>();

/** The side a claimant speaks for: its registry entry's, else the fighting side its name contains. */
export function claimantStance(claimant: string, profile: ConflictProfile, index: AliasIndex): string | null {
  let memo = stanceCache.get(profile);
  if (!memo) stanceCache.set(profile, (memo = new Map()));
  if (memo.size > 10_000) memo.clear();
  let side = memo.get(claimant);
  if (side === undefined) memo.set(claimant, (side = readStance(claimant, profile, index)));
  return side;
}

function readStance(claimant: string, profile: ConflictProfile, index: AliasIndex): string | null {
  const entry = findClaimantEntry(profile, claimant);
  if (entry) return entry.side ?? null;
  const tokens = tokenize(foldText(claimant), claimant);
  return findSideMentions(tokens, 0, tokens.length, index).find((m) => isFightingSide(m.side))?.side ?? null;
}

/** Who speaks in a sentence: the claimant named, else the outlet in its own voice. */
export function speakerSide(claimant: string, outletName: string, outlet: string, profile: ConflictProfile, index: AliasIndex): string | null {
  if (claimant === outletName) return outletSide(outlet, profile);
  return claimantStance(claimant, profile, index);
}

const epithetCache = new WeakMap<ConflictProfile, Map<string, Set<string>>>();

/** The profile's partisan words, each with the sides it may stand for. */
export function epithetSides(profile: ConflictProfile): Map<string, Set<string>> {
  let map = epithetCache.get(profile);
  if (!map) {
    map = new Map();
    for (const side of profile.sides) {
      for (const word of side.epithets) map.set(word, (map.get(word) ?? new Set()).add(side.key));
    }
    epithetCache.set(profile, map);
  }
  return map;
}
