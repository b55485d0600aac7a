// The daily sums of incident estimates (target: days, each the day its events
// start), for views that chart or total them, when estimate-source.ts says the
// daily table can answer the filters (side, outcome, scope, date range, convention;
// one outlet or one claimant through that source's own sums).
//   dd(day, side_id, side, outcome, low, best, high, high_open, events, claims)
// A date range keeps the events whose period overlaps it (lib/sql/date-range.ts): the
// days from `from` to `to`, and the incidents that began before `from` and run into it.
// A day cannot say the latter, so they come from the per-event table, one row each,
// looked for only among the incidents that began at most the longest incident's length
// before `from` (one probe of an index): what the range shows, not every earlier event.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import { singleSource, sourceRows } from "./source-estimates";

export function dailySumsCte(filters: Filters): Prisma.Sql {
  const source = singleSource(filters);
  const perEvent = source ? Prisma.sql`source_event_estimates` : Prisma.sql`event_estimates`;
  const common = (x: Prisma.Sql): Prisma.Sql[] => {
    const where: Prisma.Sql[] = [Prisma.sql`${x}.convention = ${filters.convention}`];
    // One outlet or one claimant (estimate-source.ts): that source's own rows.
    if (source) where.unshift(sourceRows(source, x));
    if (filters.side.length) where.push(Prisma.sql`s.key = ANY(${filters.side}::text[])`);
    if (filters.outcome.length) where.push(Prisma.sql`${x}.outcome = ANY(${filters.outcome}::"Outcome"[])`);
    if (filters.scope.length && !filters.scope.includes("incident")) where.push(Prisma.sql`false`); // daily sums hold incidents only
    return where;
  };
  const days = common(Prisma.sql`d`);
  if (filters.from) days.push(Prisma.sql`d.day >= ${filters.from}::date`);
  if (filters.to) days.push(Prisma.sql`d.day <= ${filters.to}::date`);
  const daily = Prisma.sql`
    SELECT d.day, d.side_id, s.key AS side, d.outcome, d.low, d.best, d.high, d.high_open, d.events, d.claims
    FROM ${source ? Prisma.sql`source_daily_estimates` : Prisma.sql`daily_estimates`} d JOIN sides s ON s.id = d.side_id
    WHERE ${Prisma.join(days, " AND ")}`;
  if (!filters.from) return Prisma.sql`dd AS (${daily})`;
  // Began before `from`, still running on it (an open end is read as its start, so never).
  const longest = Prisma.sql`(SELECT COALESCE(max(y.period_end - y.period_start), 0) FROM ${perEvent} y
    WHERE y.scope = 'incident' AND y.period_end > y.period_start)`;
  const before = [
    ...common(Prisma.sql`x`),
    Prisma.sql`x.scope = 'incident'`,
    Prisma.sql`x.period_start < ${filters.from}::date`,
    Prisma.sql`x.period_start >= ${filters.from}::date - ${longest}`,
    Prisma.sql`x.period_end >= ${filters.from}::date`,
  ];
  return Prisma.sql`dd AS (${daily}
    UNION ALL
    SELECT x.period_start, x.side_id, s.key, x.outcome, x.low, x.best, x.high, x.high_open, 1, x.claim_count
    FROM ${perEvent} x JOIN sides s ON s.id = x.side_id
    WHERE ${Prisma.join(before, " AND ")}
  )`;
}
