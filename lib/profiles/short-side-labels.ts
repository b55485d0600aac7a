import type { ConflictProfile } from "./schema";

/** side key -> the short label tables use ("IS"), falling back to the full one. */
export function shortSideLabels(profile: ConflictProfile): Record<string, string> {
  return Object.fromEntries(profile.sides.map((s) => [s.key, s.shortLabel ?? s.label]));
}
