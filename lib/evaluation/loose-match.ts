// Whether a predicted claimant or place agrees with the gold one "loosely", as
// issue 16 measured it: the same name, a shared content word, one the initials of
// the other ("SOHR" and "Syrian Observatory for Human Rights"), or one profile
// entry (a claimant registry entry, a profile place) behind both.
import type { ConflictProfile } from "@/lib/profiles";
import { findClaimantEntry } from "@/lib/profiles/claimants";
import { findProfilePlace, placeSpellingKey } from "@/lib/profiles/resolve-place-name";

const STOP = new Set([
  "the", "of", "a", "an", "for", "and", "in", "on", "at", "al", "el", "its", "his", "her", "their", "to", "from", "by", "near",
  "syrian", "syria", "forces", "force", "sources", "source", "local", "news", "agency", "group", "city", "town", "village",
  "province", "countryside", "area", "areas", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "rural",
]);

function contentWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w));
}

function initials(s: string): string {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !["of", "for", "the", "and"].includes(w))
    .map((w) => w[0])
    .join("");
}

function wordsAgree(a: string, b: string, key: (w: string) => string): boolean {
  const wa = new Set(contentWords(a).map(key));
  if (contentWords(b).some((w) => wa.has(key(w)))) return true;
  const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const ia = initials(a);
  const ib = initials(b);
  return (ia.length >= 2 && ia === compact(b)) || (ib.length >= 2 && ib === compact(a));
}

export function claimantsAgree(profile: ConflictProfile, predicted: string | null, gold: string): boolean {
  if (!predicted) return false;
  const [p, g] = [findClaimantEntry(profile, predicted), findClaimantEntry(profile, gold)];
  if (p && g && p.name === g.name) return true;
  return wordsAgree(predicted, gold, (w) => w);
}

/** The country and its quarters: left out of the words compared, unless a place is only that ("northern Syria"). */
const COUNTRY_LEVEL = new Set(["syria", "syrian", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest", "central"]);

export function placesAgree(profile: ConflictProfile, predicted: string | null, gold: string): boolean {
  if (!predicted) return false;
  const [p, g] = [findProfilePlace(profile, predicted), findProfilePlace(profile, gold)];
  if (p && g && p.name === g.name) return true;
  if (wordsAgree(predicted, gold, placeSpellingKey)) return true;
  // "a village in northern Syria" and "northern Syria": when one names nothing below the
  // country, the country-level words they share are what they agree on.
  if (contentWords(predicted).length && contentWords(gold).length) return false;
  const countryLevel = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => COUNTRY_LEVEL.has(w));
  const shared = new Set(countryLevel(predicted));
  return countryLevel(gold).some((w) => shared.has(w));
}
