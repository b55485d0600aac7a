// The one meaning of a date range (`from`, `to`), whatever is filtered: a claim, an
// event or a data-set row is in the range when its period OVERLAPS it (ends on or
// after `from` and starts on or before `to`). An open end (no end date) is read as
// its start. Undated periods are never in a range. Every filter compiler in lib/sql
// asks this module, so `/api/claims?from=X` and `/api/timeseries?from=X` keep the
// same events.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";

export type DateRange = Pick<Filters, "from" | "to">;

/** The conditions (none without a range) that a period [start, end] overlaps the range. */
export function overlapsRange(range: DateRange, start: Prisma.Sql, end: Prisma.Sql): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (range.from) where.push(Prisma.sql`COALESCE(${end}, ${start}) >= ${range.from}::date`);
  if (range.to) where.push(Prisma.sql`${start} <= ${range.to}::date`);
  return where;
}

export function hasDateRange(range: DateRange): boolean {
  return Boolean(range.from || range.to);
}
