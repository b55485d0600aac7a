import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { estimatesCte } from "./estimates-cte";

export type SideTotal = { side: string; label: string; colour: string; low: number; best: number; high: number | null; highOpen: boolean; events: number; claims: number };

/** Per side: low, best and high summed over distinct incident events, for the current filters. */
export async function getSideTotals(filters: Filters, outcome: Outcome): Promise<SideTotal[]> {
  const rows = await getPrisma().$queryRaw<{ side: string; label: string; colour: string; low: number; best: number; high: number | null; high_open: boolean; events: number; claims: number }[]>`
    WITH ${estimatesCte(filters)}
    SELECT s.key AS side, s.label, s.colour, sum(ee.low)::int AS low, sum(ee.best)::int AS best, sum(ee.high)::int AS high,
           bool_or(ee.high_open) AS high_open, count(*)::int AS events, sum(ee.claim_count)::int AS claims
    FROM ee JOIN sides s ON s.id = ee.side_id
    WHERE ee.outcome = ${outcome}::"Outcome" AND ee.scope = 'incident'
    GROUP BY s.key, s.label, s.colour, s.sort_order
    ORDER BY s.sort_order, s.key`;
  return rows.map((r) => ({ side: r.side, label: r.label, colour: r.colour, low: r.low, best: r.best, high: r.high, highOpen: r.high_open, events: r.events, claims: r.claims }));
}
