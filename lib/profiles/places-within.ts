// A place and every profile place that lies in it ("al-Hasakah province" -> its
// towns -> their neighbourhoods), so a filter on a province takes in its towns.
// Names the profile does not know stand for themselves.
import type { ConflictProfile } from "./schema";

export function placesWithin(profile: ConflictProfile, names: readonly string[]): string[] {
  const children = new Map<string, string[]>();
  for (const place of profile.places) {
    if (place.within) children.set(place.within, [...(children.get(place.within) ?? []), place.name]);
  }
  const out = new Set<string>();
  const visit = (name: string) => {
    if (out.has(name)) return;
    out.add(name);
    for (const child of children.get(name) ?? []) visit(child);
  };
  names.forEach(visit);
  return [...out];
}

/** For each place under one of `names`, the one of `names` it lies in (the nearest, when they nest). */
export function placeGroups(profile: ConflictProfile, names: readonly string[]): Map<string, string> {
  const groups = new Map<string, string>();
  // Widest first, so a nested choice ("al-Hasakah" inside a chosen province) keeps its own rows.
  const depth = (name: string) => {
    let d = 0;
    for (let at = profile.places.find((p) => p.name === name)?.within; at && d < 50; at = profile.places.find((p) => p.name === at)?.within) d++;
    return d;
  };
  for (const name of [...names].sort((a, b) => depth(a) - depth(b))) for (const member of placesWithin(profile, [name])) groups.set(member, name);
  return groups;
}
