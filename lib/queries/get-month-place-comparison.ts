// News claims beside curated data sets, per month x place x side: the news events'
// low/best/high summed (events placed by the start of their period, like the time
// chart) beside each data set's, and their ratio (news best / data set best).
// With a place filter, rows are shown under the place picked (a province sums its
// towns and their neighbourhoods); without, under each event's own place.
// Sorting by ratio puts the largest disagreement (either way) first; rows that only
// one of the two has come after the rows both have. Without a side filter each
// month and place also gets an "all sides" row, where the data sets' published
// totals (low/best/high as written) meet the news events' all-sides totals.
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import type { ComparisonSort } from "@/lib/schemas/sorts";
import { getProfile } from "@/lib/profiles";
import { placeGroups } from "@/lib/profiles/places-within";
import { datasetRowsWhere } from "@/lib/sql/dataset-rows";
import { ALL_SIDES, monthPlaceNewsCte } from "@/lib/sql/month-place-news";
import { getDatasetSplits } from "./get-dataset-splits";


export type Figures = { low: number; best: number; high: number; events: number; highOpen?: boolean };
export type MonthPlaceRow = {
  month: string; place: string | null; side: string;
  news: Figures | null;
  datasets: Record<string, Figures>;
  /** news best / data set best, per data set; null where either is missing or zero. */
  ratios: Record<string, number | null>;
  /** The largest of ratio and 1/ratio over the data sets: how far apart, either way. */
  disagreement: number | null;
};
export type MonthPlacePage = {
  rows: MonthPlaceRow[]; total: number; datasets: string[];
  /** Per data set: whether it splits deaths by side. One that does not has figures in the "all sides" rows only. */
  splits: Record<string, boolean>;
};
export type MonthPlaceQuery = { sort: ComparisonSort; dir: "asc" | "desc"; page: number; pageSize: number };

const ORDER: Record<ComparisonSort, Prisma.Sql> = {
  date: Prisma.sql`r.month`,
  place: Prisma.sql`NULLIF(r.place, '')`,
  side: Prisma.sql`r.side`,
  outcome: Prisma.sql`r.month`,
  low: Prisma.sql`r.news_low`,
  best: Prisma.sql`r.news_best`,
  high: Prisma.sql`r.news_high`,
  claimants: Prisma.sql`r.news_events`,
  spread: Prisma.sql`r.disagreement`,
  ratio: Prisma.sql`r.disagreement`,
};

type Raw = {
  month: string; place: string | null; side: string; news_low: number | null; news_best: number | null; news_high: number | null;
  news_high_open: boolean | null; news_events: number | null; datasets: Record<string, Figures> | null; disagreement: number | null; total: number;
};

/** Place id -> the name its rows are shown under: the place picked in the filter it lies in, else its own name. */
function placeGroupsSql(picked: string[]): Prisma.Sql {
  if (picked.length === 0) return Prisma.sql`SELECT id, name AS grp FROM places`;
  const groups = [...placeGroups(getProfile(), picked)].map(([name, group]) => Prisma.sql`(${name}::text, ${group}::text)`);
  return Prisma.sql`SELECT p.id, g.grp FROM places p JOIN (VALUES ${Prisma.join(groups)}) AS g(name, grp) ON g.name = p.name`;
}

/** Without data sets, every row is a news row: no data-set figures, no ratio. */
const newsOnly = Prisma.sql`r AS (
      SELECT n.month, n.place, n.side, n.low AS news_low, n.best AS news_best, n.high AS news_high, n.high_open AS news_high_open, n.events AS news_events,
             NULL::jsonb AS datasets, NULL::float8 AS disagreement
      FROM news n
    )`;

/** CTEs `ds`, `dsj`, `dis` and `r`: the data sets' figures per key beside the news, and their disagreement. */
function withDatasets(filters: Filters, datasets: string[], allSides: boolean): Prisma.Sql {
  const dataRows = datasetRowsWhere(filters, datasets);
  const sideFilter = allSides ? Prisma.empty : Prisma.sql`AND s.key = ANY(${filters.side}::text[])`;
  return Prisma.sql`ds AS (
      SELECT de.outlet_id, date_trunc('month', de.date_start)::date AS month, COALESCE(pg.grp, '') AS place, s.key AS side,
             sum(c.point)::int AS low, sum(c.point)::int AS best, sum(c.point)::int AS high, count(DISTINCT de.event_id)::int AS events
      FROM dataset_events de JOIN claims c ON c.event_id = de.event_id JOIN sides s ON s.id = c.side_id LEFT JOIN pg ON pg.id = de.place_id
      WHERE ${dataRows} AND c.review_status <> 'rejected' AND s.key <> 'mixed' ${sideFilter}
      GROUP BY 1, 2, 3, 4
      ${allSides ? Prisma.sql`
      UNION ALL
      SELECT de.outlet_id, date_trunc('month', de.date_start)::date, COALESCE(pg.grp, ''), ${ALL_SIDES},
             sum(de.low)::int, sum(de.best)::int, sum(de.high)::int, count(*)::int
      FROM dataset_events de LEFT JOIN pg ON pg.id = de.place_id WHERE ${dataRows} GROUP BY 1, 2, 3` : Prisma.empty}
    ),
    -- Each data set's figures and the disagreement per key, gathered by joins (not a scan of ds per key).
    dsj AS (
      SELECT d.month, d.place, d.side, jsonb_object_agg(o.name, jsonb_build_object('low', d.low, 'best', d.best, 'high', d.high, 'events', d.events)) AS datasets
      FROM ds d JOIN outlets o ON o.id = d.outlet_id GROUP BY 1, 2, 3
    ),
    dis AS (
      SELECT d.month, d.place, d.side, max(GREATEST(n.best::float8 / d.best, d.best::float8 / n.best)) AS disagreement
      FROM ds d JOIN news n ON n.month = d.month AND n.place = d.place AND n.side = d.side
      WHERE n.best > 0 AND d.best > 0 GROUP BY 1, 2, 3
    ),
    -- Every key either side has: news and dsj hold each key once, so a full join is their union (no sort of every key).
    r AS (
      SELECT COALESCE(n.month, j.month) AS month, COALESCE(n.place, j.place) AS place, COALESCE(n.side, j.side) AS side,
             n.low AS news_low, n.best AS news_best, n.high AS news_high, n.high_open AS news_high_open, n.events AS news_events,
             j.datasets, x.disagreement
      FROM news n
      FULL JOIN dsj j ON j.month = n.month AND j.place = n.place AND j.side = n.side
      LEFT JOIN dis x ON x.month = COALESCE(n.month, j.month) AND x.place = COALESCE(n.place, j.place) AND x.side = COALESCE(n.side, j.side)
    )`;
}

export async function getMonthPlaceComparison(filters: Filters, outcome: Outcome, q: MonthPlaceQuery): Promise<MonthPlacePage> {
  const allSides = filters.side.length === 0;
  const datasets = outcome === "killed" ? filters.dataset : [];
  const dir = q.dir === "asc" ? Prisma.sql`ASC NULLS LAST` : Prisma.sql`DESC NULLS LAST`;
  const both = Prisma.sql`(r.disagreement IS NULL)`; // rows both sides have come first, whatever the direction
  const [rows, splits] = await Promise.all([readSql<Raw[]>(Prisma.sql`
    WITH pg AS (${placeGroupsSql(filters.place)}),
    ${monthPlaceNewsCte(filters, outcome)},
    ${datasets.length ? withDatasets(filters, datasets, allSides) : newsOnly}
    SELECT to_char(r.month, 'YYYY-MM') AS month, NULLIF(r.place, '') AS place, r.side, r.news_low, r.news_best, r.news_high, r.news_high_open, r.news_events,
           r.datasets, r.disagreement, count(*) OVER ()::int AS total
    FROM r
    ORDER BY ${q.sort === "ratio" || q.sort === "spread" ? Prisma.sql`${both}, ` : Prisma.empty}${ORDER[q.sort]} ${dir}, r.month, NULLIF(r.place, '') NULLS LAST, r.side
    LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`), getDatasetSplits(datasets)]);
  return {
    total: rows[0]?.total ?? 0,
    datasets,
    splits: Object.fromEntries(datasets.map((d) => [d, splits.get(d) ?? false])),
    rows: rows.map((r) => {
      const sets = r.datasets ?? {};
      const news = r.news_best === null ? null : { low: r.news_low!, best: r.news_best, high: r.news_high!, events: r.news_events!, highOpen: r.news_high_open ?? false };
      const ratios = Object.fromEntries(datasets.map((d) => [d, news && sets[d] && sets[d].best > 0 && news.best > 0 ? news.best / sets[d].best : null]));
      return { month: r.month, place: r.place, side: r.side, news, datasets: sets, ratios, disagreement: r.disagreement };
    }),
  };
}
