// The query parameters of each view: the shared filters plus what the view adds
// (bin, sorting, paging). Used by the pages (leniently) and the API (strictly).
import { z } from "zod";
import { BINS, dateOrder, DEFAULT_OUTCOME, filterFields, type Outcome } from "@/lib/filters/filter-schema";
import { decimalParam } from "@/lib/values/integers";
import { cursorParam } from "./cursor";
import { CLAIM_SORTS, COMPARISON_SORTS, type ComparisonSort } from "./sorts";


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

export const timeseriesQuerySchema = z.object({ ...filterFields, bin: z.enum(BINS).default("month"), placement }).refine(...dateOrder);
export const overviewQuerySchema = z
  .object({ ...filterFields, bin: z.enum(BINS).default("month"), chart: z.enum(["line", "bars"]).default("line"), placement, scale })
  .refine(...dateOrder);
/** Source columns a reader added to the event comparison (`column=SOHR&column=Rudaw`); the compact figures cell shows every source anyway. */
const columns = z.array(z.string().trim().min(1, "must not be empty").max(200, "is longer than 200 characters")).max(50, "has more than 50 values").default([]);
// `sort` has no default here: it depends on `by` (see resolveComparisonQuery).
const comparisonFields = { ...filterFields, by: z.enum(["outlet", "claimant", "month-place"]).default("outlet"), sort: z.enum(COMPARISON_SORTS).optional(), dir, page, pageSize: pageSize(50), column: columns };
const uncertaintyFields = { ...filterFields, page, pageSize: pageSize(20) };
const claimsFields = { ...filterFields, sort: z.enum(CLAIM_SORTS).default("date"), dir, page, pageSize: pageSize(50) };
// The CSV downloads read these (every row, never paged by cursor)…
export const comparisonQuerySchema = z.object(comparisonFields).refine(...dateOrder);
export const uncertaintyQuerySchema = z.object(uncertaintyFields).refine(...dateOrder);
export const claimsQuerySchema = z.object(claimsFields).refine(...dateOrder);
// …the paged views and their JSON these: the same and `cursor` (keyset paging, lib/sql/keyset.ts).
// A cursor picks the page; `page` stays for links made before cursors, and for page 1.
const cursor = cursorParam.optional();
export const comparisonPageQuerySchema = z.object({ ...comparisonFields, cursor }).refine(...dateOrder);
export const uncertaintyPageQuerySchema = z.object({ ...uncertaintyFields, cursor }).refine(...dateOrder);
export const claimsPageQuerySchema = z.object({ ...claimsFields, cursor }).refine(...dateOrder);
export const coverageQuerySchema = z.object({ ...filterFields }).refine(...dateOrder);
/** The coverage CSV is one of the page's two tables: months (with a column per outlet) or places. */
export const COVERAGE_TABLES = ["month", "place"] as const;
export const coverageCsvQuerySchema = z.object({ ...filterFields, table: z.enum(COVERAGE_TABLES).default("month") }).refine(...dateOrder);

/** The map: the shared filters (`dataset` names its data-set layers, as "Compare with" does elsewhere) and whether the news layer shows. */
export const MAP_NEWS = ["show", "hide"] as const;
export const mapQuerySchema = z.object({ ...filterFields, news: z.enum(MAP_NEWS).default("show") }).refine(...dateOrder);
export const reportsQuerySchema = z.object({ page, pageSize: pageSize(50), cursor });
/** One event's page and JSON: only the vague-word convention its figures are read by. */
export const eventQuerySchema = z.object({ convention: filterFields.convention });

export type TimeseriesQuery = z.infer<typeof timeseriesQuerySchema>;
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;
export type ComparisonQueryParams = Omit<z.infer<typeof comparisonPageQuerySchema>, "sort"> & { sort: ComparisonSort };
export type UncertaintyQuery = z.infer<typeof uncertaintyQuerySchema>;
export type ClaimsQuery = z.infer<typeof claimsQuerySchema>;
export type CoverageQuery = z.infer<typeof coverageQuerySchema>;

/** The sort a comparison opens with when the URL names none: events by date; months and places by disagreement, largest gap first, as the view promises. */
export function defaultComparisonSort(by: z.infer<typeof comparisonQuerySchema>["by"]): ComparisonSort {
  return by === "month-place" ? "ratio" : "date";
}

/** The parsed query with its sort settled. */
export function resolveComparisonQuery(q: z.infer<typeof comparisonPageQuerySchema>): ComparisonQueryParams {
  return { ...q, sort: q.sort ?? defaultComparisonSort(q.by) };
}

export type MapQuery = z.infer<typeof mapQuerySchema>;

/**
 * The outcome a view of one outcome (the chart, the cards, the uncertainty view, the
 * map) shows: the one picked (the first, if several), or deaths. The filter bar is
 * given the same value, so it never shows an outcome the page is not applying.
 */
export function chartOutcome(outcomes: readonly Outcome[]): Outcome {
  return outcomes[0] ?? DEFAULT_OUTCOME;
}
