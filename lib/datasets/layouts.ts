// The curated data-set layouts the importer reads, told apart by their header row.
// Each layout names the columns it needs; extra or reordered columns are fine, a
// missing one is not (the file is then "of the wrong kind").

export const DATASET_LAYOUTS = {
  "ucdp-ged-syria": {
    label: "UCDP GED, Syria release layout (41 columns)",
    family: "UCDP GED",
    columns: 41,
    // `gwnob` without `gwnoa`, and no `relid`: the 2016-2019 Syria release distributed with GED 19.1.
    marker: ["id", "side_a", "side_b", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high", "date_start", "date_end", "date_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "where_prec", "country", "type_of_violence"],
    absent: ["relid"],
    split: true,
  },
  "ucdp-ged": {
    label: "UCDP GED, standard layout (49 columns)",
    family: "UCDP GED",
    columns: 49,
    marker: ["id", "relid", "side_a", "side_b", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high", "date_start", "date_end", "date_prec", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "where_prec", "country", "type_of_violence"],
    absent: [],
    split: true,
  },
  "ucdp-ged-reduced": {
    label: "UCDP GED, reduced layout (14 columns: no split by side)",
    family: "UCDP GED",
    columns: 14,
    marker: ["id", "year", "month", "day", "country", "type_of_violence", "side_a", "side_b", "latitude", "longitude", "low_death", "best_death", "high_death"],
    absent: [],
    split: false,
  },
  acled: {
    label: "ACLED export (31 columns: fatalities with no split by side)",
    family: "ACLED",
    columns: 31,
    marker: ["data_id", "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2", "location", "latitude", "longitude", "fatalities"],
    absent: [],
    split: false,
  },
} as const;

export type DatasetLayout = keyof typeof DATASET_LAYOUTS;

export class DatasetFormatError extends Error {}

const EXPECTED = Object.values(DATASET_LAYOUTS).map((l) => l.label).join("; ");

/** The layout whose columns the header has (the first that fits, most specific first). */
export function detectLayout(header: readonly string[]): DatasetLayout {
  const names = new Set(header.map((h) => h.trim().toLowerCase()));
  for (const [layout, spec] of Object.entries(DATASET_LAYOUTS) as [DatasetLayout, (typeof DATASET_LAYOUTS)[DatasetLayout]][]) {
    if (spec.marker.every((c) => names.has(c)) && spec.absent.every((c) => !names.has(c))) return layout;
  }
  const shown = header.slice(0, 6).map((h) => `"${h}"`).join(", ");
  throw new DatasetFormatError(
    `This is not a data set the importer knows: its header has ${header.length} column${header.length === 1 ? "" : "s"} (${shown}${header.length > 6 ? ", ..." : ""}). Expected one of: ${EXPECTED}.`,
  );
}
