// A data-set file (CSV text) -> its layout and one normalised row per event, with
// every row that cannot be read reported by line number and reason, never dropped
// silently. Pure: the importer (lib/mutations/import-dataset.ts) stores the rows.
import { parse } from "csv-parse/sync";
import { dateFromParts, parseDatasetDate } from "./dataset-dates";
import { DATASET_LAYOUTS, DatasetFormatError, detectLayout, type DatasetLayout } from "./layouts";

/** Whose dead a published count is: UCDP's side A, side B, civilians, unknown; or all sides together. */
export type DeathRole = "a" | "b" | "civilians" | "unknown" | "all";
export type RoleDeaths = { role: DeathRole; actor: string | null; count: number };

export type DatasetRow = {
  line: number;
  sourceEventId: string;
  country: string;
  dateStart: string;
  dateEnd: string;
  datePrecision: number | null;
  adm1: string | null;
  adm2: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  wherePrecision: number | null;
  typeOfViolence: string | null;
  eventType: string | null;
  subEventType: string | null;
  region: string | null;
  numberOfSources: number | null;
  conflictName: string | null;
  sideA: string | null;
  sideB: string | null;
  /** The row's totals exactly as published (low > best happens in UCDP; kept). */
  low: number;
  best: number;
  high: number;
  /** UCDP's split by role, or one "all" count where the layout has no split. */
  deaths: RoleDeaths[];
  sources: string | null;
  headline: string | null;
  notes: string | null;
};

export type MalformedRow = { line: number; reason: string };

export type ParsedDataset = {
  layout: DatasetLayout;
  rowsRead: number;
  rows: DatasetRow[];
  malformed: MalformedRow[];
  /** Rows left out because they are about another country than the one asked for, and which countries those are. */
  outsideCountry: number;
  otherCountries: Record<string, number>;
};

const UCDP_VIOLENCE: Record<string, string> = { "1": "State-based violence", "2": "Non-state violence", "3": "One-sided violence" };

class RowProblem extends Error {}

type Cells = (name: string) => string;

function text(cell: Cells, name: string): string | null {
  const v = cell(name).trim();
  return v === "" ? null : v;
}

function required(cell: Cells, name: string): string {
  const v = text(cell, name);
  if (v === null) throw new RowProblem(`${name} is empty`);
  return v;
}

function count(cell: Cells, name: string): number {
  const v = required(cell, name);
  if (!/^-?\d+(\.0+)?$/.test(v)) throw new RowProblem(`${name} is not a whole number ("${v.slice(0, 20)}")`);
  const n = Number.parseInt(v, 10);
  if (n < 0) throw new RowProblem(`${name} is negative (${n})`);
  if (n > 10_000_000) throw new RowProblem(`${name} is implausibly large (${n})`);
  return n;
}

function optionalInt(cell: Cells, name: string): number | null {
  const v = text(cell, name);
  return v !== null && /^-?\d+$/.test(v) ? Number.parseInt(v, 10) : null;
}

function coordinate(cell: Cells, name: string, limit: number): number | null {
  const v = text(cell, name);
  if (v === null) return null;
  const n = Number(v);
  if (!Number.isFinite(n) || Math.abs(n) > limit) throw new RowProblem(`${name} is not a coordinate ("${v.slice(0, 20)}")`);
  return n;
}

function date(cell: Cells, name: string): string {
  const v = required(cell, name);
  const iso = parseDatasetDate(v);
  if (!iso) throw new RowProblem(`${name} is not a date ("${v.slice(0, 20)}")`);
  return iso;
}

function period(start: string, end: string): [string, string] {
  if (end < start) throw new RowProblem(`the event ends (${end}) before it starts (${start})`);
  return [start, end];
}

function readUcdp(cell: Cells, layout: DatasetLayout): Omit<DatasetRow, "line"> {
  const sideA = text(cell, "side_a");
  const sideB = text(cell, "side_b");
  const [dateStart, dateEnd] = period(date(cell, "date_start"), date(cell, "date_end"));
  const violence = text(cell, "type_of_violence");
  return {
    sourceEventId: required(cell, "id"),
    country: required(cell, "country"),
    dateStart,
    dateEnd,
    datePrecision: optionalInt(cell, "date_prec"),
    adm1: text(cell, "adm_1"),
    adm2: text(cell, "adm_2"),
    location: text(cell, "where_coordinates"),
    latitude: coordinate(cell, "latitude", 90),
    longitude: coordinate(cell, "longitude", 180),
    wherePrecision: optionalInt(cell, "where_prec"),
    typeOfViolence: violence === null ? null : (UCDP_VIOLENCE[violence] ?? violence),
    eventType: null,
    subEventType: null,
    region: text(cell, "region"),
    numberOfSources: optionalInt(cell, "number_of_sources"),
    conflictName: text(cell, "conflict_name"),
    sideA,
    sideB,
    low: count(cell, "low"),
    best: count(cell, "best"),
    high: count(cell, "high"),
    deaths: [
      { role: "a", actor: sideA, count: count(cell, "deaths_a") },
      { role: "b", actor: sideB, count: count(cell, "deaths_b") },
      { role: "civilians", actor: null, count: count(cell, "deaths_civilians") },
      { role: "unknown", actor: null, count: count(cell, "deaths_unknown") },
    ],
    sources: text(cell, "source_office"),
    headline: text(cell, "source_headline"),
    notes: layout === "ucdp-ged" ? text(cell, "where_description") : null,
  };
}

function readUcdpReduced(cell: Cells): Omit<DatasetRow, "line"> {
  const day = dateFromParts(required(cell, "year"), required(cell, "month"), required(cell, "day"));
  if (!day) throw new RowProblem(`year, month and day do not make a date (${cell("year")}-${cell("month")}-${cell("day")})`);
  const best = count(cell, "best_death");
  return {
    sourceEventId: required(cell, "id"),
    country: required(cell, "country"),
    dateStart: day,
    dateEnd: day,
    datePrecision: null,
    adm1: null,
    adm2: null,
    location: null,
    latitude: coordinate(cell, "latitude", 90),
    longitude: coordinate(cell, "longitude", 180),
    wherePrecision: null,
    typeOfViolence: text(cell, "type_of_violence"),
    eventType: null,
    subEventType: null,
    region: null,
    numberOfSources: null,
    conflictName: text(cell, "conflict_name"),
    sideA: text(cell, "side_a"),
    sideB: text(cell, "side_b"),
    low: count(cell, "low_death"),
    best,
    high: count(cell, "high_death"),
    deaths: [{ role: "all", actor: null, count: best }],
    sources: null,
    headline: null,
    notes: null,
  };
}

function readAcled(cell: Cells): Omit<DatasetRow, "line"> {
  const day = date(cell, "event_date");
  const fatalities = count(cell, "fatalities");
  return {
    sourceEventId: text(cell, "event_id_cnty") ?? required(cell, "data_id"),
    country: required(cell, "country"),
    dateStart: day,
    dateEnd: day,
    datePrecision: optionalInt(cell, "time_precision"),
    adm1: text(cell, "admin1"),
    adm2: text(cell, "admin2"),
    location: text(cell, "location"),
    latitude: coordinate(cell, "latitude", 90),
    longitude: coordinate(cell, "longitude", 180),
    wherePrecision: optionalInt(cell, "geo_precision"),
    typeOfViolence: null,
    eventType: text(cell, "event_type"),
    subEventType: text(cell, "sub_event_type"),
    region: text(cell, "region"),
    numberOfSources: null,
    conflictName: null,
    sideA: text(cell, "actor1"),
    sideB: text(cell, "actor2"),
    low: fatalities,
    best: fatalities,
    high: fatalities,
    deaths: [{ role: "all", actor: null, count: fatalities }],
    sources: text(cell, "source"),
    headline: null,
    notes: text(cell, "notes"),
  };
}

/**
 * One sentence for a file the CSV parser gives up on (README.md, a report, a spreadsheet
 * saved with stray quotes): whether its first line is the header of a known layout, and
 * the line where reading stopped. The parser's own wording ("Invalid Opening Quote: a
 * quote is found on field 1") says nothing to someone who picked the wrong file.
 */
function notCsvMessage(content: string, error: unknown): string {
  const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : null;
  const isQuote = /QUOTE/.test(String((error as { code?: unknown }).code));
  const what = `${isQuote ? "a quote is out of place" : "it stops being CSV"}${line ? ` at line ${line}` : ""}`;
  let header: string[] | null = null;
  try {
    header = (parse(content, { bom: true, relax_column_count: true, skip_empty_lines: true, to_line: 1 }) as string[][])[0] ?? null;
  } catch {
    header = null;
  }
  const layout = header ? findLayout(header) : null;
  if (layout) return `The file has the header of a ${DATASET_LAYOUTS[layout].label} file but is not valid CSV: ${what}.`;
  return `The file is not a CSV of a known layout (UCDP GED or ACLED export): ${what}.`;
}

function findLayout(header: string[]): DatasetLayout | null {
  try {
    return detectLayout(header);
  } catch {
    return null;
  }
}

/** Throws DatasetFormatError for a file that is not one of the known layouts. */
export function parseDatasetFile(content: string, options: { country?: string | null } = {}): ParsedDataset {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, { info: true, bom: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    throw new DatasetFormatError(notCsvMessage(content, error));
  }
  if (records.length === 0) throw new DatasetFormatError("The file is empty: expected a CSV file with a header row.");
  const layout = detectLayout(records[0].record); // the message quotes the header as written
  if (records.length === 1) throw new DatasetFormatError("The file has a header row but no data rows, so there is nothing to import.");
  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const index = new Map(header.map((name, i) => [name, i]));
  const country = options.country?.trim().toLowerCase() || null;
  const parsed: ParsedDataset = { layout, rowsRead: records.length - 1, rows: [], malformed: [], outsideCountry: 0, otherCountries: {} };
  const seen = new Map<string, number>();
  let previousEnd = records[0].info.lines;
  for (const { record, info } of records.slice(1)) {
    const line = previousEnd + 1; // where the record starts: quoted fields may hold line breaks
    previousEnd = info.lines;
    const cell: Cells = (name) => record[index.get(name)!] ?? "";
    try {
      if (record.length < header.length) throw new RowProblem(`it has ${record.length} of ${header.length} fields (cut short)`);
      const row =
        layout === "acled" ? readAcled(cell) : layout === "ucdp-ged-reduced" ? readUcdpReduced(cell) : readUcdp(cell, layout);
      const first = seen.get(row.sourceEventId);
      if (first !== undefined) throw new RowProblem(`its id ${row.sourceEventId} is already on line ${first}`);
      seen.set(row.sourceEventId, line);
      if (country && row.country.toLowerCase() !== country) {
        parsed.outsideCountry += 1;
        parsed.otherCountries[row.country] = (parsed.otherCountries[row.country] ?? 0) + 1;
      }
      else parsed.rows.push({ line, ...row });
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      const reason = /is empty$/.test(error.message) && record.slice(index.get("country") ?? 0).every((v) => v === "")
        ? `${error.message}: the row is cut short (every field from "${header[record.findLastIndex((v) => v !== "") + 1] ?? "?"}" on is empty)`
        : error.message;
      parsed.malformed.push({ line, reason });
    }
  }
  return parsed;
}

export { DATASET_LAYOUTS, DatasetFormatError };
