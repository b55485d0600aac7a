// The words a claim is described with, in one place (a leaf: it imports nothing): the extractor, reconciliation,
// the filters, the forms, the scorer and the database enums all use these lists.
export const OUTCOMES = ["killed", "wounded", "captured"] as const;
export const QUALIFIERS = ["exact", "at_least", "at_most", "about", "range", "vague"] as const;
export const SCOPES = ["incident", "cumulative"] as const;
export const REVIEW_STATUSES = ["pending", "accepted", "rejected", "corrected"] as const;
/** The vague-word conventions a figure can be read by (their tables: lib/extraction/conventions.ts). */
export const CONVENTION_IDS = ["literal-v1", "acled"] as const;
/** The time bins a chart can sum by. */
export const BINS = ["day", "week", "month"] as const;

export type Outcome = (typeof OUTCOMES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Scope = (typeof SCOPES)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type ConventionId = (typeof CONVENTION_IDS)[number];
export type Bin = (typeof BINS)[number];
