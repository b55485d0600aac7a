// The overview's cards: per side, and all sides together, for the current filters.
// Double counting is ruled out by one rule (docs in README, "Totals"): a "mixed"
// claim ("50 from both sides") counts the same dead as the per-side claims of its
// event, so it is never a card beside them. Per event, all sides = the larger of
// the sum of its sides and its mixed figure (lib/sql/all-sides-cte.ts, the rule of
// event_totals, the overlay and the CSVs); what the mixed figure adds above the
// sides is shown as "of which not attributed to a side".
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { Prisma } from "@/lib/generated/prisma/client";
import { allSidesCte } from "@/lib/sql/all-sides-cte";
import { dailySumsCte } from "@/lib/sql/daily-sums-cte";
import { estimateSource, readsEventTotals, readsMonthPlaceSums } from "@/lib/sql/estimate-source";
import { placeIdsIn } from "@/lib/sql/place-filter";
import { estimatesCte } from "@/lib/sql/estimates-cte";

export type SideTotal = { side: string; label: string; colour: string; low: number; best: number; high: number | null; highOpen: boolean; events: number; claims: number };
export type Figures = { low: number; best: number; high: number; highOpen: boolean; events: number };
export type SideTotals = {
  /** Per named side (not "mixed"): low, best and high summed over distinct dated incident events. */
  sides: SideTotal[];
  /** All sides, per event the larger of its sides' sum and its mixed figure; null when no event. */
  allSides: Figures | null;
  /** allSides less the sides' sum: deaths only a mixed claim counts ("of which not attributed to a side"). */
  unattributed: Omit<Figures, "highOpen" | "events"> | null;
};

type Raw = { side: string; label: string; colour: string; low: number; best: number; high: number | null; high_open: boolean; events: number; claims: number };

export async function getSideTotals(filters: Filters, outcome: Outcome): Promise<SideTotals> {
  const perSide = estimateSource(filters) === "daily_estimates"
    ? Prisma.sql`WITH ${dailySumsCte(filters)}, t AS (
        SELECT side_id, low, best, high, high_open, events, claims FROM dd WHERE dd.outcome = ${outcome}::"Outcome")`
    : Prisma.sql`WITH ${estimatesCte(filters)}, t AS (
        SELECT side_id, low, best, high, high_open, 1 AS events, claim_count AS claims FROM ee
        WHERE ee.outcome = ${outcome}::"Outcome" AND ee.scope = 'incident' AND ee.period_start IS NOT NULL)`;
  const [rows, all] = await Promise.all([
    readSql<Raw[]>(Prisma.sql`
      ${perSide}
      SELECT s.key AS side, s.label, s.colour, sum(t.low)::int AS low, sum(t.best)::int AS best, sum(t.high)::int AS high,
             bool_or(t.high_open) AS high_open, sum(t.events)::int AS events, sum(t.claims)::int AS claims
      FROM t JOIN sides s ON s.id = t.side_id
      GROUP BY s.key, s.label, s.colour, s.sort_order
      ORDER BY s.sort_order, s.key`),
    readSql<{ low: number; best: number; high: number; high_open: boolean; events: number }[]>(allSidesSum(filters, outcome)),
  ]);
  const sides = rows
    .filter((r) => r.side !== "mixed")
    .map((r) => ({ side: r.side, label: r.label, colour: r.colour, low: r.low, best: r.best, high: r.high, highOpen: r.high_open, events: r.events, claims: r.claims }));
  const a = all[0];
  if (!a || a.events === 0) return { sides, allSides: null, unattributed: null };
  const sum = (key: "low" | "best" | "high") => sides.reduce((n, s) => n + (s[key] ?? 0), 0);
  return {
    sides,
    allSides: { low: a.low, best: a.best, high: a.high, highOpen: a.high_open, events: a.events },
    unattributed: { low: a.low - sum("low"), best: a.best - sum("best"), high: a.high - sum("high") },
  };
}

/**
 * All sides together, summed over events. When the month x place sums answer the filters
 * (whole events, no date bound, no side picked: lib/sql/estimate-source.ts), their
 * all-sides rows (side "", from event_totals) are summed: a few thousand rows (months x
 * places) whatever the number of events, where summing event_totals read every event
 * (72 ms at 1M claims, growing with them). Same rows, same rule, same answer.
 */
function allSidesSum(filters: Filters, outcome: Outcome): Prisma.Sql {
  if (readsEventTotals(filters) && readsMonthPlaceSums(filters)) {
    const place = filters.place.length ? Prisma.sql`AND m.place_id IN ${placeIdsIn(filters.place)}` : Prisma.empty;
    return Prisma.sql`
      SELECT sum(m.low)::int AS low, sum(m.best)::int AS best, sum(m.high)::int AS high,
             COALESCE(sum(m.open_events) > 0, false) AS high_open, COALESCE(sum(m.events), 0)::int AS events
      FROM month_place_estimates m
      WHERE m.side = '' AND m.convention = ${filters.convention} AND m.outcome = ${outcome}::"Outcome" AND m.events > 0 ${place}`;
  }
  return Prisma.sql`
    WITH ${estimatesCte(filters)}, ${allSidesCte(filters, outcome)}
    SELECT sum(low)::int AS low, sum(best)::int AS best, sum(high)::int AS high, COALESCE(bool_or(high_open), false) AS high_open, count(*)::int AS events
    FROM ae`;
}
