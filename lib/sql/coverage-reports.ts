// Which reports the coverage view counts (target: reports): the filters that say something about a
// report itself. Outlets pick reports by their outlet (unpicked: the news outlets,
// not the curated data sets' row records); dates by publication; a place by the
// report having a claim there (a report's places are known only through its
// claims). Side, claimant, outcome and scope describe claims, not reports: they
// change the casualty figures beside the counts, never the counts.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import { overlapsRange } from "./date-range";
import { outletCondition } from "./outlet-filter";
import { placeIdsIn } from "./place-filter";

/** Conditions on a report aliased `r`; a report's period is its day of publication. */
export function coverageReportsWhere(filters: Filters): Prisma.Sql {
  const where = [outletCondition(filters, Prisma.sql`r.outlet_id`), ...overlapsRange(filters, Prisma.sql`r.published_on`, Prisma.sql`r.published_on`)];
  if (filters.place.length) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM claims c WHERE c.report_id = r.id AND c.review_status <> 'rejected' AND c.place_id IN ${placeIdsIn(filters.place)})`);
  }
  return Prisma.join(where, " AND ");
}

/** The same conditions on a claim aliased `c`, through the report's outlet and date that every claim carries. */
export function coverageClaimsWhere(filters: Filters): Prisma.Sql {
  const where = [Prisma.sql`c.review_status <> 'rejected'`, outletCondition(filters, Prisma.sql`c.outlet_id`), ...overlapsRange(filters, Prisma.sql`c.published_on`, Prisma.sql`c.published_on`)];
  if (filters.place.length) where.push(Prisma.sql`c.place_id IN ${placeIdsIn(filters.place)}`);
  return Prisma.join(where, " AND ");
}
