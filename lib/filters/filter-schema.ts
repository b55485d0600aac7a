// The one description of what a view can be filtered by. Pages parse it leniently
// (a bad value falls back to its default), the API strictly (400 naming the
// parameter); both read the same URL query string, so a link reproduces a view.
import { z } from "zod";

import { BINS, CONVENTION_IDS, OUTCOMES, SCOPES, type Bin, type ConventionId, type Outcome } from "@/lib/claim-vocabulary";
import { DEFAULT_CONVENTION } from "@/lib/extraction/conventions";
import { isoDateSchema } from "@/lib/values/dates";

export { BINS, CONVENTION_IDS, OUTCOMES, SCOPES };
/** all: every claim not rejected; reviewed: accepted or corrected by an editor; needs-review: pending and below the confidence threshold. */
export const REVIEW_STATES = ["all", "reviewed", "needs-review"] as const;

export type { Bin, Outcome };
export type Convention = ConventionId;
export type ReviewState = (typeof REVIEW_STATES)[number];

const name = z.string().trim().min(1, "must not be empty").max(200, "is longer than 200 characters");
const many = <T extends z.ZodType>(item: T) => z.array(item).max(50, "has more than 50 values").default([]);

export const filterFields = {
  outlet: many(name),
  claimant: many(name),
  side: many(z.string().regex(/^[a-z0-9_-]{1,40}$/, "must be a side key such as regime or is")),
  outcome: many(z.enum(OUTCOMES)),
  place: many(name),
  scope: many(z.enum(SCOPES)),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  convention: z.enum(CONVENTION_IDS).default(DEFAULT_CONVENTION),
  review: z.enum(REVIEW_STATES).default("all"),
  /** Curated data sets to set beside the news claims (the overview's overlay, the month-and-place comparison). */
  dataset: many(name),
};

/** Every filter's URL key, in the order above: one list for the filter bar, its "clear all" and the views' links. */
export const FILTER_KEYS = Object.keys(filterFields) as (keyof typeof filterFields)[];

/** The outcome a view that shows one outcome (a chart, the cards, the uncertainty view) shows when none is picked. */
export const DEFAULT_OUTCOME: Outcome = "killed";

/** The one rule across parameters: a date range runs forwards. Every query schema with `from` and `to` refines with it. */
export const dateOrder: [(v: { from?: string; to?: string }) => boolean, { message: string; path: string[] }] = [
  (v) => !v.from || !v.to || v.from <= v.to,
  { message: "must not be after `to`", path: ["from"] },
];

export const filterSchema = z.object(filterFields).refine(...dateOrder);

export type Filters = z.infer<typeof filterSchema>;

/** The filters that hold a list of values. */
export const LIST_FILTER_KEYS = ["outlet", "claimant", "side", "outcome", "place", "scope", "dataset"] as const satisfies readonly (keyof typeof filterFields)[];

/** Parameters that may repeat in the query string (?side=regime&side=is). */
export const REPEATABLE = new Set<string>([...LIST_FILTER_KEYS, "column"]);

export const DEFAULT_FILTERS: Filters = filterSchema.parse({});
