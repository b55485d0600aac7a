// Vague words ("dozens of") get a number by a named, versioned convention that is
// stored on each claim, so a chart can say which convention produced a figure.
import type { ConventionId } from "./types";

export type VagueConvention = { id: ConventionId; label: string; values: Record<string, number> };

/** The default: each word read at its literal lower bound ("dozens" = two dozen). */
const LITERAL_V1: VagueConvention = {
  id: "literal-v1",
  label: "Literal lower bounds (v1)",
  values: {
    "a number of": 2, some: 2, "a few": 2, "a couple of": 2, several: 3, many: 3, numerous: 3, "large groups": 3, "a large number of": 3,
    "tens of": 20, dozens: 24, scores: 40, hundreds: 200, thousands: 2000,
  },
};

/** ACLED's published coding rules for vague fatality words. */
const ACLED: VagueConvention = {
  id: "acled",
  label: "ACLED coding rules",
  values: {
    "a number of": 3, some: 3, "a few": 3, "a couple of": 3, several: 3, many: 3, numerous: 3, "large groups": 3, "a large number of": 3,
    "tens of": 10, dozens: 12, scores: 12, hundreds: 100, thousands: 1000,
  },
};

export const CONVENTIONS: Record<ConventionId, VagueConvention> = { "literal-v1": LITERAL_V1, acled: ACLED };
export const DEFAULT_CONVENTION: ConventionId = "literal-v1";

/** A singular "a dozen" is a number, not a vague word: about 12 under every convention. */
export const A_DOZEN = 12;

export function vagueValue(term: string, convention: ConventionId = DEFAULT_CONVENTION): number {
  const value = CONVENTIONS[convention].values[term];
  if (value === undefined) throw new Error(`Convention ${convention} has no value for "${term}"`);
  return value;
}
