// The map's rows, one per layer x place x side, summed in SQL (never by loading
// claims into Node), so the JSON answer and the CSV's COPY run the same statement:
//   m(layer, kind, layer_order, place, latitude, longitude, side, side_label, colour, sort_order,
//     period_start, period_end, low, best, high, high_open, events, claims)
// - News: the incident events' estimates (event_estimates when the filters keep whole
//   events, else made from the claims on the fly: estimatesCte) grouped by the event's
//   place. Coordinates are the profile's (news ingest stores places without them).
// - A data set: its rows' claims per side (UCDP's split; one "mixed" claim for layouts
//   without a split, whose low/best/high are the row's as published), grouped by the
//   row's own published coordinates, named by its location as written (rows located
//   only to the country as a whole are left off: DATASET_ROW_LOCATED).
// Groups whose coordinates are unknown are left off (get-map.ts counts them per place).
// Groups whose best is 0 draw nothing and are not rows.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { getProfile } from "@/lib/profiles";
import { datasetRowsWhere, SPLIT_LAYOUTS } from "./dataset-rows";
import { estimatesCte } from "./estimates-cte";

/** The news layer's name in rows and files (a data set's layer is its name). */
export const NEWS_LAYER = "News claims";

export type MapLayers = { news: boolean; datasets: string[] };

/**
 * A data-set row the map can place: it has coordinates, and they locate more than the
 * country as a whole (UCDP's where_prec 6-7 put a row at the country's centroid or at
 * sea; drawn there, a year of country-wide deaths would read as one town's). ACLED's
 * geo_precision runs 1-3; the reduced GED layout kept precise rows only (null).
 */
export const DATASET_ROW_LOCATED = Prisma.sql`(de.latitude IS NOT NULL AND de.longitude IS NOT NULL AND COALESCE(de.where_precision, 1) < 6)`;

/** The profile's places that have coordinates, as an inline VALUES list (name, latitude, longitude). */
function profileCoordinates(): Prisma.Sql {
  const rows = getProfile()
    .places.filter((p) => p.latitude !== undefined && p.longitude !== undefined)
    .map((p) => Prisma.sql`(${p.name}::text, ${p.latitude}::float8, ${p.longitude}::float8)`);
  return rows.length ? Prisma.sql`(VALUES ${Prisma.join(rows)}) AS pc(name, latitude, longitude)` : Prisma.sql`(SELECT NULL::text, NULL::float8, NULL::float8 WHERE false) AS pc(name, latitude, longitude)`;
}

function newsRows(filters: Filters, outcome: Outcome): Prisma.Sql {
  return Prisma.sql`
    SELECT ${NEWS_LAYER}::text AS layer, 'news'::text AS kind, 0 AS layer_order, p.name AS place,
           COALESCE(pc.latitude, p.latitude) AS latitude, COALESCE(pc.longitude, p.longitude) AS longitude,
           g.side_id, g.period_start, g.period_end, g.low, g.best, g.high, g.high_open, g.events, g.claims
    FROM (
      SELECT ee.place_id, ee.side_id, min(ee.period_start) AS period_start, max(ee.period_end) AS period_end,
             sum(ee.low)::int AS low, sum(ee.best)::int AS best, sum(ee.high)::int AS high, bool_or(ee.high_open) AS high_open,
             count(*)::int AS events, sum(ee.claim_count)::int AS claims
      FROM ee
      WHERE ee.outcome = ${outcome}::"Outcome" AND ee.scope = 'incident'
      GROUP BY ee.place_id, ee.side_id
      HAVING sum(ee.best) > 0
    ) g
    LEFT JOIN places p ON p.id = g.place_id
    LEFT JOIN ${profileCoordinates()} ON pc.name = p.name`;
}

function datasetRows(filters: Filters, datasets: string[]): Prisma.Sql {
  const split = Prisma.sql`i.layout = ANY(${SPLIT_LAYOUTS}::text[])`;
  // Picked sides narrow the data sets that split by side; one that does not keeps its all-sides rows (the page says so).
  const sides = filters.side.length ? Prisma.sql`AND (NOT ${split} OR c.side_id IN (SELECT id FROM sides WHERE key = ANY(${filters.side}::text[])))` : Prisma.empty;
  return Prisma.sql`
    SELECT o.name AS layer, 'dataset'::text AS kind, 1 AS layer_order,
           COALESCE(mode() WITHIN GROUP (ORDER BY de.location), mode() WITHIN GROUP (ORDER BY pl.name), g.lat::text || ', ' || g.lon::text) AS place,
           g.lat::float8 AS latitude, g.lon::float8 AS longitude, c.side_id,
           min(de.date_start) AS period_start, max(de.date_end) AS period_end,
           sum(CASE WHEN ${split} THEN c.point ELSE de.low END)::int AS low,
           sum(CASE WHEN ${split} THEN c.point ELSE de.best END)::int AS best,
           sum(CASE WHEN ${split} THEN c.point ELSE de.high END)::int AS high,
           false AS high_open, count(DISTINCT de.event_id)::int AS events, count(*)::int AS claims
    FROM dataset_events de
    CROSS JOIN LATERAL (SELECT round(de.latitude::numeric, 3) AS lat, round(de.longitude::numeric, 3) AS lon) g
    JOIN dataset_imports i ON i.id = de.import_id
    JOIN outlets o ON o.id = de.outlet_id
    JOIN claims c ON c.event_id = de.event_id
    LEFT JOIN places pl ON pl.id = de.place_id
    WHERE ${datasetRowsWhere(filters, datasets)} AND ${DATASET_ROW_LOCATED} AND c.review_status <> 'rejected' ${sides}
    GROUP BY o.name, g.lat, g.lon, c.side_id
    HAVING sum(CASE WHEN ${split} THEN c.point ELSE de.best END) > 0`;
}

/** The CTE list (without WITH) ending in `m`; the layers asked for, data sets only for deaths (all they record). */
export function mapRowsCte(filters: Filters, outcome: Outcome, layers: MapLayers): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (layers.news) parts.push(newsRows(filters, outcome));
  if (layers.datasets.length && outcome === "killed") parts.push(datasetRows(filters, layers.datasets));
  const union = parts.length ? Prisma.join(parts, " UNION ALL ") : Prisma.sql`SELECT NULL::text, NULL::text, 0, NULL::text, NULL::float8, NULL::float8, NULL::int, NULL::date, NULL::date, 0, 0, 0, false, 0, 0 WHERE false`;
  return Prisma.sql`${layers.news ? Prisma.sql`${estimatesCte(filters)},` : Prisma.empty}
  u AS (${union}),
  m AS (
    SELECT u.layer, u.kind, u.layer_order, u.place, u.latitude, u.longitude, s.key AS side, s.label AS side_label, s.colour, s.sort_order,
           u.period_start, u.period_end, u.low, u.best, u.high, u.high_open, u.events, u.claims
    FROM u JOIN sides s ON s.id = u.side_id
    WHERE u.latitude IS NOT NULL AND u.longitude IS NOT NULL
  )`;
}

/** The order rows are listed in (JSON and CSV alike): news first, then data sets by name; largest first. */
export const MAP_ROWS_ORDER = Prisma.sql`m.layer_order, m.layer, m.best DESC, m.place NULLS LAST, m.latitude, m.longitude, m.sort_order, m.side`;
