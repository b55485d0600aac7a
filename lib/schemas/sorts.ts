// The columns a view may be sorted by: the whitelist the URL is checked against
// (the queries map each to SQL).
export const COMPARISON_SORTS = ["date", "place", "side", "outcome", "low", "best", "high", "claimants", "spread", "ratio"] as const;
export type ComparisonSort = (typeof COMPARISON_SORTS)[number];

export const CLAIM_SORTS = ["date", "outlet", "claimant", "side", "outcome", "low", "high", "report", "confidence"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
