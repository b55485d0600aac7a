// The shapes the extractor returns. A claim is one figure for one side and one
// outcome, with the exact words and where they sit in the report's text.

import type { Outcome, Qualifier, Scope } from "@/lib/claim-vocabulary";

export type { Outcome, Qualifier, Scope };
export type PeriodPrecision = "day" | "week" | "month" | "year";

export type ExtractedClaim = {
  /** text.slice(spanStart, spanEnd) === quote, offsets into the original text. */
  quote: string;
  spanStart: number;
  spanEnd: number;
  numberText: string;
  numberStart: number;
  numberEnd: number;
  /** A side key from the profile, and the words that named it. */
  side: string;
  sideText: string | null;
  outcome: Outcome;
  qualifier: Qualifier;
  /** high null = open-ended ("at least 30" is 30..null). */
  low: number;
  high: number | null;
  point: number;
  vagueTerm: string | null;
  convention: string | null;
  claimant: string;
  location: string | null;
  /** Time words as written. */
  when: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodPrecision: PeriodPrecision | null;
  scope: Scope;
  /** The claimant's entry in the profile's claimant registry ("SOHR"), or null when the registry does not know it. */
  claimantCanonical: string | null;
  /** The profile's name for the place ("al-Hasakah" for "Hasaka"), or null when the profile does not know it. */
  placeCanonical: string | null;
  /** 0..1: how far the extractor trusts the claim (see confidence.ts). */
  confidence: number;
  /** Why the confidence is below 1 ("side taken from context; figure in a headline"), or null. */
  confidenceReason: string | null;
};

export type ReportMeta = {
  outlet: string;
  published: string | null;
  publishedPrecision: "day" | "month" | "unknown";
};

import type { ConventionId } from "@/lib/claim-vocabulary";
export type { ConventionId };

export type ExtractOptions = { convention?: ConventionId };
