// The curated data sets' rows for an event's place and month: what the coders
// recorded where and when the news claims put the event. The same rows the
// month-and-place comparison sums for that place (a place takes in what lies within
// it) and month (a row belongs to the month it starts in), listed one by one as
// published, the largest first, with each data set's totals.
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { placeIdsIn } from "@/lib/sql/place-filter";

export type DatasetRowBesideEvent = {
  eventId: number; reportId: number; dataset: string; sourceEventId: string;
  dateStart: string; dateEnd: string; place: string | null; location: string | null;
  /** UCDP's type of violence or ACLED's event type. */
  type: string | null; sideA: string | null; sideB: string | null;
  low: number; best: number; high: number;
  deathsA: number | null; deathsB: number | null; deathsCivilians: number | null; deathsUnknown: number | null;
};
export type DatasetTotals = { dataset: string; rows: number; low: number; best: number; high: number };
export type DatasetRowsBesideEvent = {
  /** The month as YYYY-MM and the place the rows were looked up for; null when the event has no place or date. */
  month: string | null; place: string | null;
  totals: DatasetTotals[]; rows: DatasetRowBesideEvent[];
};

export const DATASET_ROWS_SHOWN = 50;

export async function listDatasetRowsBesideEvent(event: { id: number; place: string | null; periodStart: string | null }): Promise<DatasetRowsBesideEvent> {
  if (!event.place || !event.periodStart) return { month: null, place: event.place, totals: [], rows: [] };
  const month = event.periodStart.slice(0, 7);
  const first = `${month}-01`;
  // The event's own row (for a data set's event) is the event itself, not a row beside it.
  const where = Prisma.sql`de.place_id IN ${placeIdsIn([event.place])} AND de.date_start >= ${first}::date
    AND de.date_start < (${first}::date + interval '1 month') AND de.event_id <> ${event.id}`;
  const [totals, rows] = await Promise.all([
    readSql<DatasetTotals[]>(Prisma.sql`
      SELECT o.name AS dataset, count(*)::int AS rows, sum(de.low)::int AS low, sum(de.best)::int AS best, sum(de.high)::int AS high
      FROM dataset_events de JOIN outlets o ON o.id = de.outlet_id
      WHERE ${where}
      GROUP BY o.name ORDER BY o.name`),
    readSql<DatasetRowBesideEvent[]>(Prisma.sql`
      SELECT de.event_id AS "eventId", de.report_id AS "reportId", o.name AS dataset, de.source_event_id AS "sourceEventId",
             to_char(de.date_start, 'YYYY-MM-DD') AS "dateStart", to_char(de.date_end, 'YYYY-MM-DD') AS "dateEnd", p.name AS place, de.location,
             COALESCE(de.type_of_violence, de.event_type) AS type, de.side_a AS "sideA", de.side_b AS "sideB", de.low, de.best, de.high,
             de.deaths_a AS "deathsA", de.deaths_b AS "deathsB", de.deaths_civilians AS "deathsCivilians", de.deaths_unknown AS "deathsUnknown"
      FROM dataset_events de JOIN outlets o ON o.id = de.outlet_id LEFT JOIN places p ON p.id = de.place_id
      WHERE ${where}
      ORDER BY de.best DESC, de.date_start, o.name, de.source_event_id
      LIMIT ${DATASET_ROWS_SHOWN}`),
  ]);
  return { month, place: event.place, totals, rows };
}
