// The casualty-claim extractor: text in, claims out. Pure and deterministic; it
// uses nothing of ours but the conflict profile.
export { extractClaims } from "./extract-claims";
export { CONVENTIONS, DEFAULT_CONVENTION, vagueValue } from "./conventions";
export { HIGH_CONFIDENCE, REVIEW_BELOW } from "./confidence";
export type { ExtractedClaim, ReportMeta, ExtractOptions, ConventionId, Outcome, Qualifier, Scope, PeriodPrecision } from "./types";

/** Bumped whenever a change can alter extracted claims, so stored claims say which rules made them. */
export const EXTRACTOR = { name: "rules", version: "2.2.0" } as const;
