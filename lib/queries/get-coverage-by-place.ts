// How many reports speak of each place (a report speaks of a place when one of its
// claims is placed there), from which outlets, over how many months, beside the
// casualty figures claimed there. One pass over the claims, first reduced to one
// row per place and report, then grouped per place.
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { allSidesCte } from "@/lib/sql/all-sides-cte";
import { coverageClaimsWhere } from "@/lib/sql/coverage-reports";
import { estimatesCte } from "@/lib/sql/estimates-cte";
import type { CoverageFigures, CoverageOutlet } from "./get-coverage-by-month";

export type CoveragePlace = {
  place: string;
  reports: number;
  claims: number;
  /** The outlets that reported there, most reports first. */
  outlets: CoverageOutlet[];
  /** Months with at least one report, and the first and last of them (YYYY-MM); null for undated reports only. */
  months: number; firstMonth: string | null; lastMonth: string | null;
  figures: CoverageFigures | null;
};

type Raw = {
  place: string; reports: number | null; claims: number | null; outlets: Record<string, number> | null; months: number | null;
  first_month: string | null; last_month: string | null; low: number | null; best: number | null; high: number | null; high_open: boolean | null; events: number | null;
};

export async function getCoverageByPlace(filters: Filters, outcome: Outcome): Promise<CoveragePlace[]> {
  const rows = await readSql<Raw[]>(Prisma.sql`
    WITH ${estimatesCte(filters)}, ${allSidesCte(filters, outcome)},
    rp AS (
      SELECT c.place_id, c.report_id, c.outlet_id, date_trunc('month', c.published_on) AS month, count(*)::int AS claims
      FROM claims c WHERE ${coverageClaimsWhere(filters)} AND c.place_id IS NOT NULL
      GROUP BY 1, 2, 3, 4
    ),
    per_outlet AS (
      SELECT n.place_id, jsonb_object_agg(o.name, n.reports) AS outlets
      FROM (SELECT place_id, outlet_id, count(*)::int AS reports FROM rp GROUP BY 1, 2) n JOIN outlets o ON o.id = n.outlet_id
      GROUP BY 1
    ),
    per_place AS (
      SELECT place_id, count(*)::int AS reports, sum(claims)::int AS claims, count(DISTINCT month)::int AS months,
             to_char(min(month), 'YYYY-MM') AS first_month, to_char(max(month), 'YYYY-MM') AS last_month
      FROM rp GROUP BY 1
    ),
    deaths AS (
      SELECT ae.place_id, sum(ae.low)::int AS low, sum(ae.best)::int AS best, sum(ae.high)::int AS high, bool_or(ae.high_open) AS high_open, count(*)::int AS events
      FROM ae WHERE ae.place_id IS NOT NULL GROUP BY 1
    )
    SELECT p.name AS place, pp.reports, pp.claims, po.outlets, pp.months, pp.first_month, pp.last_month,
           d.low, d.best, d.high, d.high_open, d.events
    FROM per_place pp
    FULL JOIN deaths d ON d.place_id = pp.place_id
    JOIN places p ON p.id = COALESCE(pp.place_id, d.place_id)
    LEFT JOIN per_outlet po ON po.place_id = pp.place_id
    ORDER BY pp.reports DESC NULLS LAST, d.best DESC NULLS LAST, p.name`);
  return rows.map((r) => ({
    place: r.place,
    reports: r.reports ?? 0,
    claims: r.claims ?? 0,
    outlets: Object.entries(r.outlets ?? {}).map(([name, reports]) => ({ name, reports })).sort((a, b) => b.reports - a.reports || a.name.localeCompare(b.name)),
    months: r.months ?? 0,
    firstMonth: r.first_month,
    lastMonth: r.last_month,
    figures: r.best === null ? null : { low: r.low!, best: r.best, high: r.high!, highOpen: r.high_open ?? false, events: r.events! },
  }));
}
