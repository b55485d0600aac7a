// The conflict profiles shipped with the app, checked against the schema once on load.
import { conflictProfileSchema, type ConflictProfile } from "./schema";
import syria from "./syria.json";

export type { ConflictProfile, Side, Place, PlaceKind, Claimant, ClaimantKind } from "./schema";

export const DEFAULT_PROFILE_ID = "syria";

const PROFILES = new Map<string, ConflictProfile>(
  [syria].map((raw) => {
    const profile = conflictProfileSchema.parse(raw);
    return [profile.id, profile];
  }),
);

/** The profile with this id; throws for an id no profile has, naming the ones that exist. */
export function getProfile(id: string = DEFAULT_PROFILE_ID): ConflictProfile {
  const profile = PROFILES.get(id);
  if (!profile) throw new Error(`No conflict profile "${id}"; known profiles: ${[...PROFILES.keys()].join(", ")}.`);
  return profile;
}

export function listProfileIds(): string[] {
  return [...PROFILES.keys()];
}

/** The country a profile covers (its place of kind "country"): data-set rows about other countries are left out. */
export function datasetCountry(profile: ConflictProfile): string | null {
  return profile.places.find((p) => p.kind === "country")?.name ?? null;
}
