import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { eventEstimatesCtes } from "./event-estimates-sql";

export type SideTotal = { side: string; label: string; colour: string; low: number; best: number; high: number | null; highOpen: boolean; events: number; claims: number };

/** Per side: low, best and high summed over distinct events, for the current filters. */
export async function getSideTotals(filters: Filters, outcome: Outcome): Promise<SideTotal[]> {
  const rows = await getPrisma().$queryRaw<{ side: string; label: string; colour: string; low: number; best: number; high: number | null; high_open: boolean; events: number; claims: number }[]>`
    WITH ${eventEstimatesCtes(filters)},
    totals AS (
      SELECT est.side_id, sum(est.low)::int AS low, sum(est.best)::int AS best, sum(est.high)::int AS high,
             bool_or(est.high_open) AS high_open, count(*)::int AS events
      FROM est WHERE est.outcome = ${outcome}::"Outcome" AND est.scope = 'incident' GROUP BY est.side_id
    ),
    claim_counts AS (
      SELECT side_id, count(*)::int AS claims FROM fc WHERE fc.outcome = ${outcome}::"Outcome" GROUP BY side_id
    )
    SELECT s.key AS side, s.label, s.colour, t.low, t.best, t.high, t.high_open, t.events, cc.claims
    FROM totals t JOIN sides s ON s.id = t.side_id JOIN claim_counts cc ON cc.side_id = t.side_id
    ORDER BY s.sort_order, s.key`;
  return rows.map((r) => ({ side: r.side, label: r.label, colour: r.colour, low: r.low, best: r.best, high: r.high, highOpen: r.high_open, events: r.events, claims: r.claims }));
}
