// The curated data sets imported so far, each with its imports' summaries (newest first).
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { getReadPrisma } from "@/lib/db/read-client";

export type DatasetImportRow = {
  id: number; layout: string; fileName: string | null; importedAt: string; rowsRead: number; rowsImported: number;
  rowsAlreadyImported: number; rowsOutsideCountry: number; rowsMalformed: number; summary: unknown;
};
export type DatasetListRow = { name: string; events: number; firstDay: string | null; lastDay: string | null; imports: DatasetImportRow[] };

export async function listDatasets(): Promise<DatasetListRow[]> {
  const prisma = getReadPrisma();
  const [sets, imports] = await Promise.all([
    readSql<{ id: number; name: string; events: number; first_day: string | null; last_day: string | null }[]>(Prisma.sql`
      SELECT o.id, o.name, count(de.event_id)::int AS events,
             to_char(min(de.date_start), 'YYYY-MM-DD') AS first_day, to_char(max(de.date_start), 'YYYY-MM-DD') AS last_day
      FROM outlets o LEFT JOIN dataset_events de ON de.outlet_id = o.id
      WHERE o.kind = 'dataset' GROUP BY o.id, o.name ORDER BY o.name`),
    prisma.datasetImport.findMany({ orderBy: { id: "desc" } }),
  ]);
  return sets.map((s) => ({
    name: s.name, events: s.events, firstDay: s.first_day, lastDay: s.last_day,
    imports: imports
      .filter((i) => i.outletId === s.id)
      .map((i) => ({
        id: i.id, layout: i.layout, fileName: i.fileName, importedAt: i.importedAt.toISOString(), rowsRead: i.rowsRead, rowsImported: i.rowsImported,
        rowsAlreadyImported: i.rowsAlreadyImported, rowsOutsideCountry: i.rowsOutsideCountry, rowsMalformed: i.rowsMalformed, summary: i.summary,
      })),
  }));
}
