// The shapes that flow through reconciliation: claims in, events and estimates out.
// Dates are ISO day strings (YYYY-MM-DD); "no figure" is null, never 0.

import type { Outcome, Qualifier, ReviewStatus, Scope } from "@/lib/claim-vocabulary";

export type { Outcome, Qualifier, ReviewStatus, Scope };

/** One figure for one side and one outcome, as the database stores it (plain values). */
export type ClaimInput = {
  id: number;
  reportId: number;
  outlet: string;
  claimant: string;
  side: string;
  outcome: Outcome;
  qualifier: Qualifier;
  low: number;
  /** null = open-ended ("at least 30", "dozens"). */
  high: number | null;
  point: number;
  periodStart: string | null;
  periodEnd: string | null;
  /** Canonical place name. */
  place: string | null;
  scope: Scope;
  /** The report's date, for "the latest statement wins". */
  publishedOn: string | null;
  reviewStatus: ReviewStatus;
  /** The event the claim sits in; only binding when an editor pinned it there. */
  eventId: number | null;
  eventPinned: boolean;
};

/** A set of claims about one happening. */
export type EventGroup = {
  /** Stable and deterministic: "event:<id>", "auto:<lowest claim id>", "undated:<id>". */
  key: string;
  /** The editor's event for a pinned group, else null. */
  eventId: number | null;
  isPinned: boolean;
  scope: Scope;
  /** No member has a period: listed, never charted. */
  undated: boolean;
  /** Ascending. */
  claimIds: number[];
  periodStart: string | null;
  periodEnd: string | null;
  /** The one place its members name; null when none names one or (pinned merges) they differ. */
  place: string | null;
};

export type GroupingOptions = {
  /** Periods this many days apart still count as the same happening. Default 0: they must overlap. */
  adjacentDays?: number;
};

export type EstimateOptions = {
  /** The claimant an editor ranked most reliable: its point becomes `best` when it spoke. */
  preferredClaimant?: string;
};

/** low/best/high for one event x side x outcome. */
export type EventSideEstimate = {
  low: number;
  best: number;
  high: number;
  /** The high comes from an open-ended claim ("30-71+"). */
  highOpen: boolean;
  disputed: boolean;
  claimantCount: number;
  /** Incident claims considered, repeats included. */
  claimCount: number;
  /** The one statement kept per claimant, ascending. */
  usedClaimIds: number[];
  /** At least one kept statement is a vague word ("dozens"): its convention shaped the figures. */
  vague: boolean;
};

/** One row of the event table: an estimate placed in time and space. */
export type EventEstimate = Omit<EventSideEstimate, "usedClaimIds"> & {
  eventKey: string;
  eventId: number | null;
  side: string;
  outcome: Outcome;
  periodStart: string | null;
  periodEnd: string | null;
  place: string | null;
  /** Every incident claim behind the row, repeats included, ascending. */
  claimIds: number[];
  usedClaimIds: number[];
};

export type EstimateEventsOptions = GroupingOptions &
  EstimateOptions & {
    /** Also mark rows disputed when claimants disagree on side or outcome (see find-side-outcome-disagreements). */
    flagSideOutcomeDisagreements?: boolean;
  };
