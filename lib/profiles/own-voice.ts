// An outlet speaking in its own voice is not "citing" anyone: "Syrian Observatory
// for Human Rights" and the claimant "SOHR" are one source.
import type { ConflictProfile } from "./schema";

export function isOwnVoice(profile: ConflictProfile, outlet: string, claimant: string): boolean {
  const o = outlet.trim().toLowerCase();
  const c = claimant.trim().toLowerCase();
  if (o === c) return true;
  return profile.sources.some((s) => {
    const names = [s.name.toLowerCase(), ...s.aliases];
    return names.includes(o) && names.includes(c);
  });
}
