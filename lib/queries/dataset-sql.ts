// The conditions the shared filters put on a data set's rows (dataset_events de):
// place by the row's place, dates by its period, and the data sets chosen by name.
// Sides and outcome are the callers'.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { DATASET_LAYOUTS } from "@/lib/datasets/layouts";
import type { Filters } from "@/lib/filters/filter-schema";
import { placeIdsIn } from "@/lib/filters/to-sql";
import type { Placement } from "@/lib/schemas/view-queries";

export function datasetRowsWhere(filters: Filters, datasets: string[], placement: Placement = "start"): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`de.outlet_id IN (SELECT id FROM outlets WHERE kind = 'dataset' AND name = ANY(${datasets}::text[]))`];
  if (filters.place.length) where.push(Prisma.sql`de.place_id IN ${placeIdsIn(filters.place)}`);
  // Placed by its start, a row is in a date range when it starts there; spread, when it overlaps it.
  const first = placement === "start" ? Prisma.sql`de.date_start` : Prisma.sql`de.date_end`;
  if (filters.from) where.push(Prisma.sql`${first} >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`de.date_start <= ${filters.to}::date`);
  return Prisma.join(where, " AND ");
}

/** Which of these data sets split deaths by side (UCDP's full layouts do; GED reduced and ACLED do not). */
export const SPLIT_LAYOUTS: string[] = Object.entries(DATASET_LAYOUTS).filter(([, spec]) => spec.split).map(([layout]) => layout);
