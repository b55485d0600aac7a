// Filters -> conditions on events (target: events), on a pre-aggregated table whose
// rows are one event's (event_estimates, event_totals), aliased by the caller. The
// filters that keep whole events: convention, outcome, scope, the event's canonical
// place (and all within it) and its period overlapping the date range. Sides are
// the caller's (event_totals has none); one outlet or one claimant is the table's
// (source_event_estimates); other outlet, claimant and review picks never reach
// here (lib/sql/estimate-source.ts sends them to the claims).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import { overlapsRange } from "./date-range";
import { placeIdsIn } from "./place-filter";

export function eventConditions(filters: Filters, x: Prisma.Sql): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`${x}.convention = ${filters.convention}`];
  if (filters.outcome.length) where.push(Prisma.sql`${x}.outcome = ANY(${filters.outcome}::"Outcome"[])`);
  if (filters.scope.length) where.push(Prisma.sql`${x}.scope = ANY(${filters.scope}::"Scope"[])`);
  if (filters.place.length) where.push(Prisma.sql`${x}.place_id IN ${placeIdsIn(filters.place)}`);
  where.push(...overlapsRange(filters, Prisma.sql`${x}.period_start`, Prisma.sql`${x}.period_end`));
  return Prisma.join(where, " AND ");
}
