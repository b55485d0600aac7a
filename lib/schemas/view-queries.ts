// The query parameters of each view: the shared filters plus what the view adds
// (bin, sorting, paging). Used by the pages (leniently) and the API (strictly).
import { z } from "zod";
import { BINS, filterFields, OUTCOMES } from "@/lib/filters/filter-schema";
import { decimalParam } from "@/lib/values/integers";
import { CLAIM_SORTS, COMPARISON_SORTS } from "./sorts";

const dateOrder = <T extends { from?: string; to?: string }>(v: T) => !v.from || !v.to || v.from <= v.to;
const dateOrderIssue = { message: "must not be after `to`", path: ["from"] };

const page = decimalParam(1, 100_000).default(1);
const pageSize = (fallback: number) => decimalParam(1, 500).default(fallback);
const dir = z.enum(["asc", "desc"]).default("desc");

/** Where a time chart puts an event that runs over several bins: where it starts, or spread over them by its days. */
export const PLACEMENTS = ["start", "spread"] as const;
export type Placement = (typeof PLACEMENTS)[number];
const placement = z.enum(PLACEMENTS).default("start");

/** A chart's count axis: linear, or log (for news totals beside country-wide data-set totals 100 times larger). */
export const SCALES = ["linear", "log"] as const;
export type Scale = (typeof SCALES)[number];
const scale = z.enum(SCALES).default("linear");

export const timeseriesQuerySchema = z.object({ ...filterFields, bin: z.enum(BINS).default("month"), placement }).refine(dateOrder, dateOrderIssue);
export const overviewQuerySchema = z
  .object({ ...filterFields, bin: z.enum(BINS).default("month"), chart: z.enum(["line", "bars"]).default("line"), placement, scale })
  .refine(dateOrder, dateOrderIssue);
export const comparisonQuerySchema = z
  .object({ ...filterFields, by: z.enum(["outlet", "claimant", "month-place"]).default("outlet"), sort: z.enum(COMPARISON_SORTS).default("date"), dir, page, pageSize: pageSize(50) })
  .refine(dateOrder, dateOrderIssue);
export const uncertaintyQuerySchema = z.object({ ...filterFields, page, pageSize: pageSize(20) }).refine(dateOrder, dateOrderIssue);
export const claimsQuerySchema = z
  .object({ ...filterFields, sort: z.enum(CLAIM_SORTS).default("date"), dir, page, pageSize: pageSize(50) })
  .refine(dateOrder, dateOrderIssue);
export const reportsQuerySchema = z.object({ page, pageSize: pageSize(50) });

export type TimeseriesQuery = z.infer<typeof timeseriesQuerySchema>;
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;
export type ComparisonQueryParams = z.infer<typeof comparisonQuerySchema>;
export type UncertaintyQuery = z.infer<typeof uncertaintyQuerySchema>;
export type ClaimsQuery = z.infer<typeof claimsQuerySchema>;

/** The outcome a chart shows: the one filtered for, or deaths. */
export function chartOutcome(outcomes: readonly (typeof OUTCOMES)[number][]): (typeof OUTCOMES)[number] {
  return outcomes.length === 1 ? outcomes[0] : "killed";
}
