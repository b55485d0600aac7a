// Rows -> PostgreSQL COPY text format (tab-separated, \N for null, backslash
// escapes). Text format, not CSV: cheaper for the server to parse.
import { EXTRACTOR } from "@/lib/extraction";
import type { NamedRow, OutletRow, PlaceRow } from "./catalog";
import type { ClaimRow, EventRow, ReportRow } from "./rows";

type CopyValue = string | number | boolean | null;
export type CatalogRows = { outlets: OutletRow[]; claimants: NamedRow[]; places: PlaceRow[] };

export function copyValue(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value !== "string") return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : value;
}
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function copyLine(values: CopyValue[]): string {
  return `${values.map(copyValue).join("\t")}\n`;
}

export type CopyTable<T> = { table: string; columns: string[]; line(row: T, now: string): string };

export const REPORT_COPY: CopyTable<ReportRow> = {
  table: "reports",
  columns: ["id", "outlet_id", "title", "url", "published_on", "published_precision", "text", "text_hash", "claim_count", "ingested_at"],
  line: (r, now) => copyLine([r.id, r.outletId, r.title, r.url, r.publishedOn, "day", r.text, r.textHash, r.claimCount, now]),
};

export const EVENT_COPY: CopyTable<EventRow> = {
  table: "events",
  columns: ["id", "period_start", "period_end", "place_id", "scope", "created_at", "updated_at"],
  line: (e, now) => copyLine([e.id, e.periodStart, e.periodEnd, e.placeId, e.scope, now, now]),
};

export const CLAIM_COPY: CopyTable<ClaimRow> = {
  table: "claims",
  columns: [
    "id", "report_id", "outlet_id", "published_on", "claimant_id", "side_id", "side_text", "outcome", "qualifier", "low", "high", "point",
    "number_text", "vague_term", "convention", "quote", "span_start", "span_end", "place_id", "place_text", "period_text",
    "period_start", "period_end", "period_precision", "scope", "review_status", "event_id", "extractor_name", "extractor_version", "created_at", "updated_at",
  ],
  line: (c, now) =>
    copyLine([
      c.id, c.reportId, c.outletId, c.publishedOn, c.claimantId, c.sideId, c.sideText, c.outcome, c.qualifier, c.low, c.high, c.point,
      c.numberText, c.vagueTerm, c.convention, c.quote, c.spanStart, c.spanEnd, c.placeId, c.placeText, c.periodText,
      c.periodStart, c.periodEnd, c.periodPrecision, c.scope, c.reviewStatus, c.eventId, EXTRACTOR.name, EXTRACTOR.version, now, now,
    ]),
};

export function catalogCopies(rows: CatalogRows, now: string): { table: string; columns: string[]; lines: string[] }[] {
  return [
    { table: "outlets", columns: ["id", "name", "kind", "url", "created_at"], lines: rows.outlets.map((o) => copyLine([o.id, o.name, o.kind, o.url, now])) },
    { table: "claimants", columns: ["id", "name", "created_at"], lines: rows.claimants.map((c) => copyLine([c.id, c.name, now])) },
    { table: "places", columns: ["id", "name", "kind", "aliases"], lines: rows.places.map((p) => copyLine([p.id, p.name, p.kind, "{}"])) },
  ];
}
