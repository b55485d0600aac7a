// The conditions the shared filters put on a data set's rows (dataset_events de):
// place by the row's place, dates by the start of its period (as the time bins
// place it), and the data sets chosen by name. Sides and outcome are the callers'.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { DATASET_LAYOUTS } from "@/lib/datasets/layouts";
import type { Bin, Filters } from "@/lib/filters/filter-schema";

export const TRUNC: Record<Bin, Prisma.Sql> = { day: Prisma.sql`'day'`, week: Prisma.sql`'week'`, month: Prisma.sql`'month'` };

export function datasetRowsWhere(filters: Filters, datasets: string[]): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`de.outlet_id IN (SELECT id FROM outlets WHERE kind = 'dataset' AND name = ANY(${datasets}::text[]))`];
  if (filters.place.length) where.push(Prisma.sql`de.place_id IN (SELECT id FROM places WHERE name = ANY(${filters.place}::text[]))`);
  if (filters.from) where.push(Prisma.sql`de.date_start >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`de.date_start <= ${filters.to}::date`);
  return Prisma.join(where, " AND ");
}

/** True where an event's period ends in a later bin than it starts in. */
export function spansBins(bin: Bin, start: Prisma.Sql, end: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`date_trunc(${TRUNC[bin]}, ${end}) <> date_trunc(${TRUNC[bin]}, ${start})`;
}

/** Which of these data sets split deaths by side (UCDP's full layouts do; GED reduced and ACLED do not). */
export const SPLIT_LAYOUTS: string[] = Object.entries(DATASET_LAYOUTS).filter(([, spec]) => spec.split).map(([layout]) => layout);
