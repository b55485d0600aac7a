// The sort orders of the paged views as keyset orders (lib/sql/keyset.ts): the sort
// column, then tie-breakers that make each row's key unique, all in the sort's
// direction. The migration 20261230120000_keyset_paging_and_month_place_sums gives
// each comparison order on event_estimates an index in the same order; place and side
// sort on joined names, which no index of event_estimates holds (a top-N sort of the
// filtered rows, the same work on every page).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimSort, ComparisonSort } from "@/lib/schemas/sorts";
import type { KeyColumn, KeysetOrder } from "@/lib/sql/keyset";

const EVENT_TIE_BREAKERS: KeyColumn[] = [
  { sql: Prisma.sql`ee.event_id`, kind: "int" },
  { sql: Prisma.sql`ee.side_id`, kind: "int" },
  { sql: Prisma.sql`ee.outcome`, kind: "outcome" },
];

/** Undated rows last either way: their key is the end of the order (the date indexes are on this expression). */
const eventDate = (desc: boolean): KeyColumn => ({ sql: desc ? Prisma.sql`COALESCE(ee.period_start, '-infinity'::date)` : Prisma.sql`COALESCE(ee.period_start, 'infinity'::date)`, kind: "date" });

const COMPARISON_COLUMNS: Record<Exclude<ComparisonSort, "date">, KeyColumn> = {
  place: { sql: Prisma.sql`p.name`, kind: "text", nullable: true },
  side: { sql: Prisma.sql`ee.side`, kind: "text" },
  outcome: { sql: Prisma.sql`ee.outcome`, kind: "outcome" },
  low: { sql: Prisma.sql`ee.low`, kind: "int" },
  best: { sql: Prisma.sql`ee.best`, kind: "int" },
  high: { sql: Prisma.sql`ee.high`, kind: "int" },
  claimants: { sql: Prisma.sql`ee.claimant_count`, kind: "int" },
  spread: { sql: Prisma.sql`ee.spread`, kind: "int" },
  ratio: { sql: Prisma.sql`ee.disagreement`, kind: "float" },
};

/** The comparison (rows of `ee` joined to places `p`) in one of its sort orders. */
export function comparisonOrder(sort: ComparisonSort, dir: "asc" | "desc"): KeysetOrder {
  const desc = dir === "desc";
  const column = sort === "date" ? eventDate(desc) : COMPARISON_COLUMNS[sort];
  return { view: `comparison:${sort}:${dir}`, desc, columns: [column, ...EVENT_TIE_BREAKERS] };
}

/** The uncertainty view's one order: the largest disagreement first, then the largest spread. */
export const UNCERTAINTY_ORDER: KeysetOrder = {
  view: "uncertainty",
  desc: true,
  columns: [
    { sql: Prisma.sql`ee.disagreement`, kind: "float" },
    { sql: Prisma.sql`ee.spread`, kind: "int" },
    { sql: Prisma.sql`ee.event_id`, kind: "int" },
    { sql: Prisma.sql`ee.side_id`, kind: "int" },
  ],
};

/** As eventDate: claims without a period last either way (claims_keyset_date_*_idx are on this expression). */
const claimDate = (desc: boolean): KeyColumn => ({ sql: desc ? Prisma.sql`COALESCE(fc.period_start, '-infinity'::date)` : Prisma.sql`COALESCE(fc.period_start, 'infinity'::date)`, kind: "date" });

const CLAIM_COLUMNS: Record<Exclude<ClaimSort, "date">, KeyColumn> = {
  outlet: { sql: Prisma.sql`fc.outlet`, kind: "text" },
  claimant: { sql: Prisma.sql`fc.claimant`, kind: "text" },
  side: { sql: Prisma.sql`fc.side`, kind: "text" },
  outcome: { sql: Prisma.sql`fc.outcome`, kind: "outcome" },
  low: { sql: Prisma.sql`fc.low`, kind: "int" },
  high: { sql: Prisma.sql`fc.high`, kind: "int", nullable: true },
  report: { sql: Prisma.sql`fc.report_id`, kind: "int" },
  confidence: { sql: Prisma.sql`fc.confidence`, kind: "float" },
};

/** The claims list (rows of `fc`) in one of its sort orders; the claim id breaks ties. */
export function claimsOrder(sort: ClaimSort, dir: "asc" | "desc"): KeysetOrder {
  const desc = dir === "desc";
  return { view: `claims:${sort}:${dir}`, desc, columns: [sort === "date" ? claimDate(desc) : CLAIM_COLUMNS[sort], { sql: Prisma.sql`fc.id`, kind: "int" }] };
}

/** The reports list: newest first, undated last, the id breaking ties. */
export const REPORTS_ORDER: KeysetOrder = {
  view: "reports",
  desc: true,
  columns: [
    { sql: Prisma.sql`COALESCE(r.published_on, '-infinity'::date)`, kind: "date" }, // reports_keyset_published_on_desc_idx
    { sql: Prisma.sql`r.id`, kind: "int" },
  ],
};
