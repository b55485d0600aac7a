// The map: one row per layer x place x side with coordinates (what is drawn), and
// the events that have no known coordinates, per place (what is left off and said).
import "server-only";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Filters, Outcome } from "@/lib/filters/filter-schema";
import { getProfile } from "@/lib/profiles";
import { allSidesCte } from "@/lib/sql/all-sides-cte";
import { datasetRowsWhere } from "@/lib/sql/dataset-rows";
import { estimatesCte } from "@/lib/sql/estimates-cte";
import { DATASET_ROW_LOCATED, MAP_ROWS_ORDER, mapRowsCte, NEWS_LAYER, type MapLayers } from "@/lib/sql/map-rows";

export type { MapLayers };
export { NEWS_LAYER };

export type MapRow = {
  layer: string; kind: "news" | "dataset"; place: string; latitude: number; longitude: number;
  side: string; sideLabel: string; colour: string; periodStart: string | null; periodEnd: string | null;
  low: number; best: number; high: number; highOpen: boolean; events: number; claims: number;
};
/** A place whose events have no known coordinates (null: the claims named no place). */
export type LeftOffPlace = { layer: string; place: string | null; events: number; best: number };
export type MapData = { outcome: Outcome; layers: string[]; rows: MapRow[]; leftOff: LeftOffPlace[]; notes: string[] };

type RawRow = {
  layer: string; kind: "news" | "dataset"; place: string; latitude: number; longitude: number; side: string; side_label: string; colour: string;
  period_start: string | null; period_end: string | null; low: number; best: number; high: number; high_open: boolean; events: number; claims: number;
};

/** Names of the profile's places that have coordinates: everything else is left off. */
function placesWithCoordinates(): string[] {
  return getProfile().places.filter((p) => p.latitude !== undefined && p.longitude !== undefined).map((p) => p.name);
}

async function loadRows(filters: Filters, outcome: Outcome, layers: MapLayers): Promise<MapRow[]> {
  const rows = await readSql<RawRow[]>(Prisma.sql`
    WITH ${mapRowsCte(filters, outcome, layers)}
    SELECT m.layer, m.kind, m.place, m.latitude, m.longitude, m.side, m.side_label, m.colour,
           to_char(m.period_start, 'YYYY-MM-DD') AS period_start, to_char(m.period_end, 'YYYY-MM-DD') AS period_end,
           m.low, m.best, m.high, m.high_open, m.events, m.claims
    FROM m
    ORDER BY ${MAP_ROWS_ORDER}`);
  return rows.map((r) => ({
    layer: r.layer, kind: r.kind, place: r.place, latitude: r.latitude, longitude: r.longitude, side: r.side, sideLabel: r.side_label, colour: r.colour,
    periodStart: r.period_start, periodEnd: r.period_end, low: r.low, best: r.best, high: r.high, highOpen: r.high_open, events: r.events, claims: r.claims,
  }));
}

/**
 * Events whose place has no coordinates, per place, each counted once with its all-sides
 * total (event_totals: one row per event, so no count of distinct events over a million
 * per-side rows); data-set rows located only to the country too.
 */
async function loadLeftOff(filters: Filters, outcome: Outcome, layers: MapLayers): Promise<LeftOffPlace[]> {
  const known = placesWithCoordinates();
  const [news, sets] = await Promise.all([
    layers.news
      ? readSql<LeftOffPlace[]>(Prisma.sql`
          WITH ${estimatesCte(filters)}, ${allSidesCte(filters, outcome)}
          SELECT ${NEWS_LAYER}::text AS layer, p.name AS place, count(*)::int AS events, sum(ae.best)::int AS best
          FROM ae LEFT JOIN places p ON p.id = ae.place_id
          WHERE ae.place_id IS NULL OR ae.place_id IN (SELECT id FROM places WHERE NOT (name = ANY(${known}::text[])) AND (latitude IS NULL OR longitude IS NULL))
          GROUP BY p.name HAVING sum(ae.best) > 0
          ORDER BY best DESC, p.name NULLS LAST`)
      : Promise.resolve([]),
    layers.datasets.length && outcome === "killed"
      ? readSql<LeftOffPlace[]>(Prisma.sql`
          SELECT o.name AS layer,
                 CASE WHEN de.latitude IS NULL OR de.longitude IS NULL THEN COALESCE(de.location, de.adm_2, de.adm_1)
                      ELSE COALESCE(de.location, de.country) || ' (located to the country as a whole)' END AS place,
                 count(*)::int AS events, sum(de.best)::int AS best
          FROM dataset_events de JOIN outlets o ON o.id = de.outlet_id
          WHERE ${datasetRowsWhere(filters, layers.datasets)} AND NOT ${DATASET_ROW_LOCATED}
          GROUP BY 1, 2 HAVING sum(de.best) > 0
          ORDER BY 1, best DESC, 2 NULLS LAST`)
      : Promise.resolve([]),
  ]);
  return [...news, ...sets];
}

function notesFor(filters: Filters, outcome: Outcome, layers: MapLayers): string[] {
  const notes: string[] = [];
  if (layers.datasets.length && outcome !== "killed") notes.push(`Data sets record deaths only, not ${outcome}: their layers are empty.`);
  if (filters.scope.length && !filters.scope.includes("incident")) notes.push("The map sums incident events; cumulative totals are compared, never added, so none are drawn.");
  return notes;
}

export async function getMap(filters: Filters, outcome: Outcome, layers: MapLayers): Promise<MapData> {
  const [rows, leftOff] = await Promise.all([loadRows(filters, outcome, layers), loadLeftOff(filters, outcome, layers)]);
  return { outcome, layers: [...(layers.news ? [NEWS_LAYER] : []), ...layers.datasets], rows, leftOff, notes: notesFor(filters, outcome, layers) };
}
