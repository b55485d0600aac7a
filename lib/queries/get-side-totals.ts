import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { Prisma } from "@/lib/generated/prisma/client";
import { dailySumsCte, usesDailySums } from "./daily-sums-cte";
import { estimatesCte } from "./estimates-cte";

export type SideTotal = { side: string; label: string; colour: string; low: number; best: number; high: number | null; highOpen: boolean; events: number; claims: number };

/** Per side: low, best and high summed over distinct incident events, for the current filters. */
export async function getSideTotals(filters: Filters, outcome: Outcome): Promise<SideTotal[]> {
  const source = usesDailySums(filters)
    ? Prisma.sql`WITH ${dailySumsCte(filters)}, t AS (
        SELECT side_id, low, best, high, high_open, events, claims FROM dd WHERE dd.outcome = ${outcome}::"Outcome")`
    : Prisma.sql`WITH ${estimatesCte(filters)}, t AS (
        SELECT side_id, low, best, high, high_open, 1 AS events, claim_count AS claims FROM ee WHERE ee.outcome = ${outcome}::"Outcome" AND ee.scope = 'incident')`;
  const rows = await getPrisma().$queryRaw<{ side: string; label: string; colour: string; low: number; best: number; high: number | null; high_open: boolean; events: number; claims: number }[]>`
    ${source}
    SELECT s.key AS side, s.label, s.colour, sum(t.low)::int AS low, sum(t.best)::int AS best, sum(t.high)::int AS high,
           bool_or(t.high_open) AS high_open, sum(t.events)::int AS events, sum(t.claims)::int AS claims
    FROM t JOIN sides s ON s.id = t.side_id
    GROUP BY s.key, s.label, s.colour, s.sort_order
    ORDER BY s.sort_order, s.key`;
  return rows.map((r) => ({ side: r.side, label: r.label, colour: r.colour, low: r.low, best: r.best, high: r.high, highOpen: r.high_open, events: r.events, claims: r.claims }));
}
