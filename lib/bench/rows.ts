// The rows the generator produces, named as the tables' columns (snake_case in
// the database). Dates are YYYY-MM-DD strings, ready for COPY.
import type { Outcome, ReviewStatus, Scope } from "@/lib/claim-vocabulary";
import type { Figure } from "./figures";

export type { ReviewStatus };

export type ReportRow = {
  id: number;
  outletId: number;
  title: string;
  url: string;
  publishedOn: string;
  text: string;
  textHash: string;
  claimCount: number;
};

export type EventRow = { id: number; scope: Scope; periodStart: string; periodEnd: string; placeId: number };

export type ClaimRow = {
  id: number;
  reportId: number;
  outletId: number;
  publishedOn: string;
  claimantId: number;
  sideId: number;
  sideText: string;
  outcome: Outcome;
  quote: string;
  spanStart: number;
  spanEnd: number;
  placeId: number | null;
  placeText: string | null;
  periodText: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodPrecision: "day" | "week" | null;
  scope: Scope;
  reviewStatus: ReviewStatus;
  eventId: number | null;
} & Figure;

export type Batch = { reports: ReportRow[]; events: EventRow[]; claims: ClaimRow[] };
