// A data set's actor name ("Government of Syria", "IS", "SDF", "Military Forces of
// Syria (2000-)") -> the profile side whose aliases name it, or null. The whole name
// is matched, not words inside it: "Government of Iraq" is not the regime.
// A coalition ("Ahrar al-Sham, HTS, Southern Front") is the side its members map to
// when every member that maps agrees; members the profile does not know ride along.
import type { ConflictProfile } from "@/lib/profiles/schema";

function normalise(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[’\u0060]/g, "'")
    .replace(/\s*\((?:\d{4}-?(?:\d{4})?|[A-Z][A-Za-z .]+)\)\s*$/, "") // ACLED's "(2000-)" and "(Syria)"
    .replace(/\s+/g, " ")
    .trim();
}

function sideOfName(profile: ConflictProfile, name: string): string | null {
  const plain = normalise(name);
  const lower = plain.toLowerCase();
  for (const side of profile.sides) {
    if (side.aliases.includes(lower) || side.caseSensitiveAliases.includes(plain)) return side.key;
  }
  return null;
}

export function mapActorToSide(profile: ConflictProfile, actor: string): string | null {
  const whole = sideOfName(profile, actor);
  if (whole) return whole;
  const members = actor.split(/\s*,\s*/).filter(Boolean);
  if (members.length < 2) return null;
  const sides = new Set(members.map((m) => sideOfName(profile, m)).filter((s): s is string => s !== null));
  return sides.size === 1 ? [...sides][0] : null;
}
