import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { SPLIT_LAYOUTS } from "@/lib/sql/dataset-rows";

/** Data set name -> whether its rows split deaths by side (UCDP's full layouts do; GED reduced and ACLED do not). Unknown names are absent. */
export async function getDatasetSplits(names: string[]): Promise<Map<string, boolean>> {
  if (names.length === 0) return new Map();
  const rows = await readSql<{ name: string; split: boolean }[]>(Prisma.sql`
    SELECT o.name, bool_or(i.layout = ANY(${SPLIT_LAYOUTS}::text[])) AS split
    FROM outlets o JOIN dataset_imports i ON i.outlet_id = o.id
    WHERE o.kind = 'dataset' AND o.name = ANY(${names}::text[]) GROUP BY o.name`);
  return new Map(rows.map((r) => [r.name, r.split]));
}
