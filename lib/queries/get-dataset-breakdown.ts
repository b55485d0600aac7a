// A data set's rows summed by one of its own fields (year, month, type of violence,
// first-order unit, region, side B, number of sources, country): the tables its
// publishers and users check it by, from the figures exactly as published.
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters } from "@/lib/filters/filter-schema";
import type { BreakdownField } from "@/lib/schemas/dataset-breakdown";
import { datasetRowsWhere } from "@/lib/sql/dataset-rows";

export type BreakdownRow = {
  /** The field's value as published; null where the row leaves it empty. */
  key: string | null;
  events: number; low: number; best: number; high: number;
  deathsA: number | null; deathsB: number | null; deathsCivilians: number | null; deathsUnknown: number | null;
};
export type DatasetBreakdown = { dataset: string; by: BreakdownField; rows: BreakdownRow[]; total: BreakdownRow };

// Field names from the URL reach SQL through this whitelist only.
const KEY: Record<BreakdownField, Prisma.Sql> = {
  year: Prisma.sql`to_char(de.date_start, 'YYYY')`,
  month: Prisma.sql`to_char(de.date_start, 'YYYY-MM')`,
  day: Prisma.sql`to_char(de.date_start, 'YYYY-MM-DD')`,
  type: Prisma.sql`COALESCE(de.type_of_violence, de.event_type)`,
  "sub-type": Prisma.sql`de.sub_event_type`,
  adm1: Prisma.sql`de.adm_1`,
  region: Prisma.sql`de.region`,
  country: Prisma.sql`de.country`,
  "side-b": Prisma.sql`de.side_b`,
  sources: Prisma.sql`de.number_of_sources::text`,
  place: Prisma.sql`p.name`,
};

type Raw = { key: string | null; events: number; low: number; best: number; high: number; deaths_a: number | null; deaths_b: number | null; deaths_civilians: number | null; deaths_unknown: number | null };

function toRow(r: Raw): BreakdownRow {
  return { key: r.key, events: r.events, low: r.low, best: r.best, high: r.high, deathsA: r.deaths_a, deathsB: r.deaths_b, deathsCivilians: r.deaths_civilians, deathsUnknown: r.deaths_unknown };
}

/** Null when there is no data set of that name. */
export async function getDatasetBreakdown(dataset: string, by: BreakdownField, filters: Filters): Promise<DatasetBreakdown | null> {
  const [known] = await readSql<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM outlets WHERE kind = 'dataset' AND name = ${dataset}`);
  if (!known?.n) return null;
  const rows = await readSql<Raw[]>(Prisma.sql`
    SELECT ${KEY[by]} AS key, count(*)::int AS events, sum(de.low)::int AS low, sum(de.best)::int AS best, sum(de.high)::int AS high,
           sum(de.deaths_a)::int AS deaths_a, sum(de.deaths_b)::int AS deaths_b, sum(de.deaths_civilians)::int AS deaths_civilians, sum(de.deaths_unknown)::int AS deaths_unknown
    FROM dataset_events de LEFT JOIN places p ON p.id = de.place_id
    WHERE ${datasetRowsWhere(filters, [dataset])}
    GROUP BY ROLLUP (1) ORDER BY GROUPING(${KEY[by]}), 1 NULLS FIRST`);
  // ROLLUP's last row is the total (its key is null too, told apart by GROUPING).
  const total = rows.pop();
  return {
    dataset, by, rows: rows.map(toRow),
    total: total ? toRow({ ...total, key: null }) : toRow({ key: null, events: 0, low: 0, best: 0, high: 0, deaths_a: null, deaths_b: null, deaths_civilians: null, deaths_unknown: null }),
  };
}
