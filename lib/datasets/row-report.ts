// A data set's row written out as a short plain-text record: the "report" its
// claims quote, so every claim of a data set, like a news claim, links to the exact
// words it stands on (here, the line with the published count).
import type { DatasetRow, DeathRole } from "./parse-dataset-file";

export type RoleLine = { role: DeathRole; start: number; end: number; count: number; actor: string | null };
export type RowReport = { title: string; text: string; lines: RoleLine[] };

const DATE_PRECISION_WORDS: Record<string, Record<number, string>> = {
  UCDP: { 1: "exact day", 2: "within 2-6 days", 3: "within the week", 4: "within the month", 5: "within the year or longer" },
  ACLED: { 1: "exact day", 2: "within the week", 3: "within the month" },
};

function roleLine(role: DeathRole, actor: string | null, n: number): string {
  switch (role) {
    case "a": return `Deaths of side A (${actor ?? "not named"}): ${n}`;
    case "b": return `Deaths of side B (${actor ?? "not named"}): ${n}`;
    case "civilians": return `Civilian deaths: ${n}`;
    case "unknown": return `Deaths of unknown affiliation: ${n}`;
    case "all": return `Deaths, all sides together (no split by side in this layout): ${n}`;
  }
}

/** Flags on totals as published, kept and said rather than "fixed". */
export function totalsFlags(row: Pick<DatasetRow, "low" | "best" | "high">): string[] {
  const flags: string[] = [];
  if (row.low > row.best) flags.push("low is above best");
  if (row.best > row.high) flags.push("best is above high");
  return flags;
}

export function buildRowReport(dataset: string, family: string, row: DatasetRow): RowReport {
  const head: string[] = [`${dataset}, event ${row.sourceEventId}`];
  const precision = row.datePrecision !== null ? DATE_PRECISION_WORDS[family === "ACLED" ? "ACLED" : "UCDP"]?.[row.datePrecision] : undefined;
  const dates = row.dateStart === row.dateEnd ? row.dateStart : `${row.dateStart} to ${row.dateEnd}`;
  head.push(`Dates: ${dates}${precision ? ` (${precision})` : ""}`);
  const where = [row.location, row.adm2, row.adm1, row.country].filter(Boolean).join("; ");
  const coords = row.latitude !== null && row.longitude !== null ? ` (${row.latitude}, ${row.longitude})` : "";
  head.push(`Where: ${where}${coords}`);
  const kind = [row.typeOfViolence, row.eventType && row.subEventType ? `${row.eventType}: ${row.subEventType}` : row.eventType, row.conflictName];
  if (kind.some(Boolean)) head.push(`Type: ${kind.filter(Boolean).join(", ")}`);
  if (row.sideA || row.sideB) head.push(`Actors: ${row.sideA ?? "not named"} / ${row.sideB ?? "not named"}`);
  let text = head.join("\n") + "\n";
  const lines: RoleLine[] = [];
  for (const d of row.deaths) {
    const line = roleLine(d.role, d.actor, d.count);
    lines.push({ role: d.role, start: text.length, end: text.length + line.length, count: d.count, actor: d.actor });
    text += line + "\n";
  }
  const flags = totalsFlags(row);
  const tail = [`Total deaths as published: low ${row.low}, best ${row.best}, high ${row.high}${flags.length ? ` (${flags.join("; ")}, as published)` : ""}`];
  if (row.sources) tail.push(`Sources: ${row.sources}`);
  if (row.headline) tail.push(`Headlines: ${row.headline}`);
  if (row.notes) tail.push(`Notes: ${row.notes}`);
  text += tail.join("\n");
  const actors = [row.sideA, row.sideB].filter(Boolean).join(" – ");
  const title = `${dataset} event ${row.sourceEventId}: ${actors || "event"}, ${dates}${row.location || row.adm1 ? `, ${row.location ?? row.adm1}` : ""}`;
  return { title: title.slice(0, 300), text, lines };
}

/**
 * "ucdp_ged_syria_2016_2019_v19_1.csv" -> "UCDP GED 19.1"; a file with no release in its
 * name is named by the dates it covers ("ACLED 2020-04-27 to 2020-05-09"), which is how
 * ACLED's exports differ from each other.
 */
export function defaultDatasetName(family: string, fileName: string | null, rows: Pick<DatasetRow, "dateStart">[] = []): string {
  const base = (fileName ?? "").replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const version = /(?:^|[_-])v(\d+)[_.](\d+)(?:$|[_-])/i.exec(base);
  if (version) return `${family} ${version[1]}.${version[2]}`;
  if (rows.length > 0) {
    const days = rows.map((r) => r.dateStart).sort();
    return `${family} ${days[0]} to ${days[days.length - 1]}`;
  }
  return base ? `${family} (${base})` : family;
}
