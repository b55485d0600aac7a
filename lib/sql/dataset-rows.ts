// The conditions the shared filters put on a data set's rows (target: data-set
// rows, dataset_events de): the data sets chosen by name, the row's place and all
// within it, and its period overlapping the date range (date-range.ts, the rule of
// news claims and events). Sides and outcome are the callers'.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { DATASET_LAYOUTS } from "@/lib/datasets/layouts";
import type { Filters } from "@/lib/filters/filter-schema";
import { overlapsRange } from "./date-range";
import { placeIdsIn } from "./place-filter";

export function datasetRowsWhere(filters: Filters, datasets: string[]): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`de.outlet_id IN (SELECT id FROM outlets WHERE kind = 'dataset' AND name = ANY(${datasets}::text[]))`];
  if (filters.place.length) where.push(Prisma.sql`de.place_id IN ${placeIdsIn(filters.place)}`);
  where.push(...overlapsRange(filters, Prisma.sql`de.date_start`, Prisma.sql`de.date_end`));
  return Prisma.join(where, " AND ");
}

/** Which of these data sets split deaths by side (UCDP's full layouts do; GED reduced and ACLED do not). */
export const SPLIT_LAYOUTS: string[] = Object.entries(DATASET_LAYOUTS).filter(([, spec]) => spec.split).map(([layout]) => layout);
