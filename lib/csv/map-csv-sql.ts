import "server-only";
import { neutralised } from "./copy-csv-response";
import { inlineSql } from "@/lib/db/inline-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { MAP_ROWS_ORDER, mapRowsCte, type MapLayers } from "@/lib/sql/map-rows";

/**
 * The map's rows as one SELECT for COPY: the statement GET /api/map runs, the rows it
 * draws (those with coordinates), in the same order. Names from data-set files are
 * neutralised against spreadsheet formulas.
 */
export function mapCsvSql(filters: Filters, outcome: Outcome, layers: MapLayers): string {
  const text = (column: string) => Prisma.raw(neutralised(column));
  return inlineSql(Prisma.sql`
    WITH ${mapRowsCte(filters, outcome, layers)}
    SELECT ${text("m.layer")} AS layer, ${text("m.place")} AS place, m.latitude, m.longitude, m.side,
           to_char(m.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(m.period_end, 'YYYY-MM-DD') AS "periodEnd",
           ${outcome}::text AS outcome, m.low, m.best, m.high, CASE WHEN m.high_open THEN 'true' ELSE 'false' END AS "highOpen", m.events, m.claims
    FROM m
    ORDER BY ${MAP_ROWS_ORDER}`);
}
