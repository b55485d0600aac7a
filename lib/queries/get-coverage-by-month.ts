// How many reports each outlet published per month, beside the casualty figures
// claimed for that month, so that a month without news can be told from a month
// without deaths. Counted in SQL (one pass over the reports by their outlet and
// date index); the months between are filled so a gap shows as 0 reports.
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { binRange } from "@/lib/charts/fill-bins";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { allSidesCte } from "@/lib/sql/all-sides-cte";
import { coverageReportsWhere } from "@/lib/sql/coverage-reports";
import { estimatesCte } from "@/lib/sql/estimates-cte";

export type CoverageFigures = { low: number; best: number; high: number; highOpen: boolean; events: number };
export type CoverageMonth = {
  /** YYYY-MM */
  month: string;
  reports: number;
  /** Reports with at least one claim (not rejected). */
  reportsWithClaims: number;
  /** Outlet name -> reports that month; outlets with none are absent. */
  byOutlet: Record<string, number>;
  /** The claimed count of the outcome, all sides (or the sides picked) together; null when no event starts that month. */
  figures: CoverageFigures | null;
};
export type CoverageOutlet = { name: string; reports: number };
export type CoverageByMonth = { months: CoverageMonth[]; outlets: CoverageOutlet[]; reports: number; undatedReports: number };

type CountRow = { month: string | null; outlet: string; reports: number; with_claims: number };
type FigureRow = { month: string; low: number; best: number; high: number; high_open: boolean; events: number };

export async function getCoverageByMonth(filters: Filters, outcome: Outcome): Promise<CoverageByMonth> {
  const [counts, figures] = await Promise.all([
    readSql<CountRow[]>(Prisma.sql`
      SELECT to_char(date_trunc('month', r.published_on), 'YYYY-MM') AS month, o.name AS outlet, count(*)::int AS reports,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM claims c WHERE c.report_id = r.id AND c.review_status <> 'rejected'))::int AS with_claims
      FROM reports r JOIN outlets o ON o.id = r.outlet_id
      WHERE ${coverageReportsWhere(filters)}
      GROUP BY 1, 2`),
    readSql<FigureRow[]>(Prisma.sql`
      WITH ${estimatesCte(filters)}, ${allSidesCte(filters, outcome)}
      SELECT to_char(date_trunc('month', ae.period_start), 'YYYY-MM') AS month, sum(ae.low)::int AS low, sum(ae.best)::int AS best, sum(ae.high)::int AS high,
             bool_or(ae.high_open) AS high_open, count(*)::int AS events
      FROM ae GROUP BY 1`),
  ]);
  const byMonth = new Map<string, CoverageMonth>();
  const monthOf = (month: string) => {
    let m = byMonth.get(month);
    if (!m) byMonth.set(month, (m = { month, reports: 0, reportsWithClaims: 0, byOutlet: {}, figures: null }));
    return m;
  };
  const outlets = new Map<string, number>();
  let undatedReports = 0;
  for (const row of counts) {
    outlets.set(row.outlet, (outlets.get(row.outlet) ?? 0) + row.reports);
    if (row.month === null) {
      undatedReports += row.reports;
      continue;
    }
    const m = monthOf(row.month);
    m.reports += row.reports;
    m.reportsWithClaims += row.with_claims;
    m.byOutlet[row.outlet] = row.reports;
  }
  for (const f of figures) monthOf(f.month).figures = { low: f.low, best: f.best, high: f.high, highOpen: f.high_open, events: f.events };
  const months = fillMonths(byMonth, filters);
  return {
    months,
    outlets: [...outlets].map(([name, reports]) => ({ name, reports })).sort((a, b) => b.reports - a.reports || a.name.localeCompare(b.name)),
    reports: counts.reduce((n, r) => n + r.reports, 0),
    undatedReports,
  };
}

/** Every month from the filter's from (else the first with data) to its to (else the last), with 0 reports where none was published. */
function fillMonths(byMonth: Map<string, CoverageMonth>, filters: Filters): CoverageMonth[] {
  const known = [...byMonth.keys()].sort();
  const first = filters.from?.slice(0, 7) ?? known[0];
  const last = filters.to?.slice(0, 7) ?? known[known.length - 1];
  if (!first || !last) return [];
  // A date range of centuries would be thousands of empty rows: then only the span of the data.
  const span = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12;
  const [lo, hi] = span > 600 && known.length ? [known[0], known[known.length - 1]] : [first, last];
  return binRange(`${lo}-01`, `${hi}-01`, "month").map((d) => byMonth.get(d.slice(0, 7)) ?? { month: d.slice(0, 7), reports: 0, reportsWithClaims: 0, byOutlet: {}, figures: null });
}
