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

export function resolvePlaceName(profile: ConflictProfile, written: string): ResolvedPlace {
  const key = placeKey(written);
  for (const place of profile.places) {
    if ([place.name, ...place.aliases].some((n) => placeKey(n) === key)) {
      return { name: place.name, kind: place.kind ?? null, aliases: place.aliases };
    }
  }
  return { name: written.replace(/\s*-\s+/g, "-").replace(/\s+/g, " ").trim(), kind: null, aliases: [] };
}
