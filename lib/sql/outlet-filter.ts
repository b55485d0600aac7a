// The one meaning of the outlet filter: the outlets picked by name; none picked,
// the news outlets only. Curated data sets (UCDP, ACLED) are sources a reader picks
// by name: unpicked, the views are the news claims, which data sets are compared
// with, never added to.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";

/** The condition on a column holding an outlet id (a claim's, a report's). */
export function outletCondition(filters: Pick<Filters, "outlet">, outletId: Prisma.Sql): Prisma.Sql {
  return filters.outlet.length
    ? Prisma.sql`${outletId} IN (SELECT id FROM outlets WHERE name = ANY(${filters.outlet}::text[]))`
    : Prisma.sql`${outletId} NOT IN (SELECT id FROM outlets WHERE kind = 'dataset')`;
}
