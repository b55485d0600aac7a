// Which reports the coverage view counts: the filters that say something about a
// report itself. Outlets pick reports by their outlet (unpicked: the news outlets,
// not the curated data sets' row records); dates by publication; a place by the
// report having a claim there (a report's places are known only through its
// claims). Side, claimant, outcome and scope describe claims, not reports: they
// change the casualty figures beside the counts, never the counts.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import { placeIdsIn } from "@/lib/filters/to-sql";

/** Conditions on a report aliased `r`. */
export function coverageReportsWhere(filters: Filters): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (filters.outlet.length) where.push(Prisma.sql`r.outlet_id IN (SELECT id FROM outlets WHERE name = ANY(${filters.outlet}::text[]))`);
  else where.push(Prisma.sql`r.outlet_id NOT IN (SELECT id FROM outlets WHERE kind = 'dataset')`);
  if (filters.from) where.push(Prisma.sql`r.published_on >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`r.published_on <= ${filters.to}::date`);
  if (filters.place.length) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM claims c WHERE c.report_id = r.id AND c.review_status <> 'rejected' AND c.place_id IN ${placeIdsIn(filters.place)})`);
  }
  return Prisma.join(where, " AND ");
}

/** The same conditions on a claim aliased `c`, through the report's outlet and date that every claim carries. */
export function coverageClaimsWhere(filters: Filters): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`c.review_status <> 'rejected'`];
  if (filters.outlet.length) where.push(Prisma.sql`c.outlet_id IN (SELECT id FROM outlets WHERE name = ANY(${filters.outlet}::text[]))`);
  else where.push(Prisma.sql`c.outlet_id NOT IN (SELECT id FROM outlets WHERE kind = 'dataset')`);
  if (filters.from) where.push(Prisma.sql`c.published_on >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`c.published_on <= ${filters.to}::date`);
  if (filters.place.length) where.push(Prisma.sql`c.place_id IN ${placeIdsIn(filters.place)}`);
  return Prisma.join(where, " AND ");
}
