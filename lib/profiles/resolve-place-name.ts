// Maps a place as written ("al- Hasakah", "Hasaka") to the profile's name for it
// ("al-Hasakah"), so claims about one place meet under one name. A place the
// profile does not know keeps its written form, tidied.
import type { ConflictProfile } from "./schema";

export type ResolvedPlace = { name: string; kind: string | null; aliases: string[] };

/** Case, spacing, hyphens and apostrophes differ between outlets; compare without them. */
export function placeKey(written: string): string {
  return written
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212-]/g, "-")
    .replace(/[’'`ʿʾ]/g, "")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^(the|al|el|ar|as|ad|ash)[- ]/, "")
    .trim();
}

/**
 * Transliterations of one Arabic name differ in articles, doubled letters, vowels
 * and a final h ("Hasaka", "al-Hasakah", "Hassakeh"; "Deir ez-Zor", "Deir al-Zour"):
 * this key drops what they differ in. It is a fallback after the exact key.
 */
export function placeSpellingKey(written: string): string {
  return placeKey(written)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/(^|[\s-])(?:al|el|ez|ar|as|ad|ash|at|az|an|ad|ed|es)-/g, "$1")
    .replace(/[^a-z0-9]/g, "")
    .replace(/(?<=[aeiou])h(?=$|[^aeiou])/g, "")
    .replace(/ou|o/g, "u")
    .replace(/ee|ei|ie|y(?=[^aeiou]|$)/g, "i")
    .replace(/e/g, "a")
    .replace(/(.)\1+/g, "$1");
}

type PlaceKeys = { exact: Map<string, ResolvedPlace>; spelling: Map<string, ResolvedPlace> };
const keysCache = new WeakMap<ConflictProfile, PlaceKeys>();

function placeKeys(profile: ConflictProfile): PlaceKeys {
  let keys = keysCache.get(profile);
  if (!keys) {
    keys = { exact: new Map(), spelling: new Map() };
    for (const place of profile.places) {
      const resolved = { name: place.name, kind: place.kind ?? null, aliases: place.aliases };
      for (const n of [place.name, ...place.aliases]) {
        if (!keys.exact.has(placeKey(n))) keys.exact.set(placeKey(n), resolved);
        const spelling = placeSpellingKey(n);
        if (spelling.length >= 4 && !keys.spelling.has(spelling)) keys.spelling.set(spelling, resolved);
      }
    }
    keysCache.set(profile, keys);
  }
  return keys;
}

/** The profile place a written name stands for, or null when the profile does not know it. */
export function findProfilePlace(profile: ConflictProfile, written: string): ResolvedPlace | null {
  const keys = placeKeys(profile);
  const found = keys.exact.get(placeKey(written)) ?? keys.spelling.get(placeSpellingKey(written));
  if (found) return found;
  // "Aleppo’s al-Marjah": the place held, else the place that holds it.
  const held = /^(\p{Lu}[\p{L}-]*)['’]s\s+(\S.*)$/u.exec(written.trim());
  return held ? (findProfilePlace(profile, held[2]) ?? findProfilePlace(profile, held[1])) : null;
}

export function resolvePlaceName(profile: ConflictProfile, written: string): ResolvedPlace {
  const known = findProfilePlace(profile, written);
  if (known) return known;
  return { name: written.replace(/\s*-\s+/g, "-").replace(/\s+/g, " ").trim(), kind: null, aliases: [] };
}
