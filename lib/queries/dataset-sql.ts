// How the overlay's SQL places an event in time bins, and the conditions the shared
// filters put on a data set's rows (dataset_events de): place by the row's place,
// dates by its period, and the data sets chosen by name. Sides and outcome are the
// callers'.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { DATASET_LAYOUTS } from "@/lib/datasets/layouts";
import type { Bin, Filters } from "@/lib/filters/filter-schema";
import { placeIdsIn } from "@/lib/filters/to-sql";
import type { Placement } from "@/lib/schemas/view-queries";

export const TRUNC: Record<Bin, Prisma.Sql> = { day: Prisma.sql`'day'`, week: Prisma.sql`'week'`, month: Prisma.sql`'month'` };
const STEP: Record<Bin, Prisma.Sql> = { day: Prisma.sql`interval '1 day'`, week: Prisma.sql`interval '1 week'`, month: Prisma.sql`interval '1 month'` };

/**
 * A lateral join giving each event its bins `b(bin, share)`: by default the one bin
 * where its period starts (share 1); spread, every bin its period touches, with the
 * share of its days that fall there (a year-long event puts 31/366 in January).
 */
export function eventBins(bin: Bin, placement: Placement, start: Prisma.Sql, end: Prisma.Sql): Prisma.Sql {
  if (placement === "start") return Prisma.sql`CROSS JOIN LATERAL (SELECT date_trunc(${TRUNC[bin]}, ${start}::timestamp) AS bin, 1::float8 AS share) b`;
  return Prisma.sql`CROSS JOIN LATERAL (
    SELECT g AS bin,
           (LEAST(${end}, (g + ${STEP[bin]})::date - 1) - GREATEST(${start}, g::date) + 1)::float8 / (${end} - ${start} + 1) AS share
    FROM generate_series(date_trunc(${TRUNC[bin]}, ${start}::timestamp), ${end}::timestamp, ${STEP[bin]}) g
  ) b`;
}

/** Spread, a date range keeps the bins inside it (the events were chosen by overlap). */
export function binsInRange(filters: Filters, bin: Bin, placement: Placement): Prisma.Sql {
  if (placement === "start") return Prisma.sql`true`;
  const where: Prisma.Sql[] = [Prisma.sql`true`];
  if (filters.from) where.push(Prisma.sql`b.bin >= date_trunc(${TRUNC[bin]}, ${filters.from}::timestamp)`);
  if (filters.to) where.push(Prisma.sql`b.bin <= ${filters.to}::timestamp`);
  return Prisma.join(where, " AND ");
}

export function datasetRowsWhere(filters: Filters, datasets: string[], placement: Placement = "start"): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`de.outlet_id IN (SELECT id FROM outlets WHERE kind = 'dataset' AND name = ANY(${datasets}::text[]))`];
  if (filters.place.length) where.push(Prisma.sql`de.place_id IN ${placeIdsIn(filters.place)}`);
  // Placed by its start, a row is in a date range when it starts there; spread, when it overlaps it.
  const first = placement === "start" ? Prisma.sql`de.date_start` : Prisma.sql`de.date_end`;
  if (filters.from) where.push(Prisma.sql`${first} >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`de.date_start <= ${filters.to}::date`);
  return Prisma.join(where, " AND ");
}

/** True where an event's period ends in a later bin than it starts in. */
export function spansBins(bin: Bin, start: Prisma.Sql, end: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`date_trunc(${TRUNC[bin]}, ${end}) <> date_trunc(${TRUNC[bin]}, ${start})`;
}

/** Which of these data sets split deaths by side (UCDP's full layouts do; GED reduced and ACLED do not). */
export const SPLIT_LAYOUTS: string[] = Object.entries(DATASET_LAYOUTS).filter(([, spec]) => spec.split).map(([layout]) => layout);
