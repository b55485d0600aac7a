// One source's own estimates (target: source_event_estimates, source_daily_estimates).
// A filter keeping one outlet, or one claimant, makes every estimate from that
// source's claims only; those estimates are kept per source on write, so such a view
// reads them instead of remaking them from the claims. What a source's claims are is
// what the claim filters keep for that one source (lib/sql/claim-filters.ts):
//   - an outlet: its claims, whatever its kind (a data set picked by name is its claims);
//   - a claimant: its statements in the news (no outlet picked: news outlets only).
// Two outlets, an outlet and a claimant, or a review filter stay on the claims.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_FILTERS, type Filters } from "@/lib/filters/filter-schema";
import { filtersToWhere, NOT_REJECTED } from "./claim-filters";

export const SOURCE_KINDS = ["outlet", "claimant"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Source = { kind: SourceKind; name: string };

/** The claim's column naming its source of each kind. */
export const SOURCE_COLUMN: Record<SourceKind, Prisma.Sql> = { outlet: Prisma.sql`c.outlet_id`, claimant: Prisma.sql`c.claimant_id` };
const SOURCE_TABLE: Record<SourceKind, Prisma.Sql> = { outlet: Prisma.sql`outlets`, claimant: Prisma.sql`claimants` };

/** The one source the filters keep claims of, when that is all they pick claims by; else null. */
export function singleSource(filters: Filters): Source | null {
  if (filters.review !== "all") return null;
  const outlets = [...new Set(filters.outlet)];
  const claimants = [...new Set(filters.claimant)];
  if (outlets.length === 1 && claimants.length === 0) return { kind: "outlet", name: outlets[0] };
  if (claimants.length === 1 && outlets.length === 0) return { kind: "claimant", name: claimants[0] };
  return null;
}

/** Rows (aliased `x`) of that source in a per-source table; none when no source has that name. */
export function sourceRows(source: Source, x: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${x}.source_kind = ${source.kind}::"SourceKind" AND ${x}.source_id = (SELECT id FROM ${SOURCE_TABLE[source.kind]} WHERE name = ${source.name})`;
}

/** The WHERE clause of the claims each source of `kind` counts, narrowed by `narrow` (some events, say). */
export function sourceClaimsWhere(kind: SourceKind, narrow: Prisma.Sql): Prisma.Sql {
  // An outlet picked by name keeps its claims whatever its kind; no outlet picked, the news outlets only.
  return kind === "outlet" ? Prisma.sql`WHERE ${NOT_REJECTED} AND ${narrow}` : filtersToWhere(DEFAULT_FILTERS, narrow);
}
