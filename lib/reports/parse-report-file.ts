// Reads one report file of the corpus format (a `key: value` header, a blank line,
// the text as published) or a plain .txt whose metadata the caller supplies.
// Pure: bytes in, a report or a human reason out. The text is kept as in the file
// (only a BOM is dropped and CRLF becomes LF) so claim offsets stay valid.
import { z } from "zod";
import { calendarDate } from "@/lib/values/dates";
import { decodeUtf8 } from "@/lib/values/plain-text";

export const MAX_REPORT_BYTES = 2 * 1024 * 1024;

const HEADER_KEYS = ["title", "outlet", "url", "published"] as const;

export type PublishedPrecision = "day" | "month" | "unknown";

export type ParsedReport = {
  title: string;
  outlet: string;
  url: string | null;
  published: string | null;
  publishedPrecision: PublishedPrecision;
  text: string;
};

export type ReportOverrides = { outlet?: string; published?: string; url?: string; title?: string };

export type ParseReportResult = { ok: true; report: ParsedReport } | { ok: false; reason: string };

/** "YYYY-MM-DD", "YYYY-MM" or "unknown"; impossible days (2015-02-30) are refused. */
export const publishedSchema = z.string().refine((v) => v === "unknown" || parsePublished(v) !== null, {
  message: "a publication date is YYYY-MM-DD, YYYY-MM or unknown",
});

export const reportMetadataSchema = z.object({
  title: z.string().trim().min(1, "the title is empty"),
  outlet: z.string().trim().min(1, "the outlet is empty"),
  url: z.string().trim().nullable(),
  published: publishedSchema,
});
export type ReportMetadata = z.infer<typeof reportMetadataSchema>;

function parsePublished(value: string): { published: string; precision: "day" | "month" } | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m || calendarDate(Number(m[1]), Number(m[2]), Number(m[3] ?? "01")) === null) return null;
  return { published: value, precision: m[3] === undefined ? "month" : "day" };
}

function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: "the file is empty" };
  if (bytes.length > MAX_REPORT_BYTES) return { reason: `the file is ${(bytes.length / 1048576).toFixed(1)} MB; reports over 2 MB are refused` };
  if (bytes.includes(0)) return { reason: "the file looks binary (it contains NUL bytes), not a text report" };
  const decoded = decodeUtf8(bytes);
  if (decoded === null) return { reason: "the file is not valid UTF-8 text; save it as UTF-8 and try again" };
  const text = decoded.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { reason: "the file contains only white space" };
  return { text };
}

type Header = { fields: Map<string, string>; bodyStart: number } | { error: string } | null;

/** The header is the leading `key: value` lines up to the first blank line; null when the file has none. */
function readHeader(text: string): Header {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  if (!/^[a-z_]+:\s/i.test(firstLine) || !HEADER_KEYS.some((k) => firstLine.toLowerCase().startsWith(`${k}:`))) return null;
  const blank = text.indexOf("\n\n");
  if (blank === -1) return { error: "the header is not followed by a blank line and the report text" };
  const fields = new Map<string, string>();
  for (const [index, line] of text.slice(0, blank).split("\n").entries()) {
    const m = /^([a-z_]+):\s*(.*)$/i.exec(line);
    if (!m) return { error: `header line ${index + 1} is not "key: value": "${line.slice(0, 60)}"` };
    const key = m[1].toLowerCase();
    if (fields.has(key)) return { error: `the header gives "${key}" twice` };
    fields.set(key, m[2].trim());
  }
  return { fields, bodyStart: blank + 2 };
}

export function parseReportFile(bytes: Uint8Array, fileName: string, overrides: ReportOverrides = {}): ParseReportResult {
  const decoded = decodeText(bytes);
  if ("reason" in decoded) return { ok: false, reason: decoded.reason };
  const { text } = decoded;
  const header = readHeader(text);
  if (header && "error" in header) return { ok: false, reason: header.error };

  let body: string;
  let fields: Map<string, string>;
  if (header) {
    body = text.slice(header.bodyStart);
    fields = header.fields;
  } else {
    if (!overrides.outlet) {
      return { ok: false, reason: `${fileName} has no header (title, outlet, url, published); give at least the outlet for a plain text file` };
    }
    body = text;
    fields = new Map();
  }
  if (body.trim() === "") return { ok: false, reason: "the report has a header but no text" };

  const firstLine = body.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
  const raw = {
    title: overrides.title ?? fields.get("title") ?? firstLine.slice(0, 300),
    outlet: overrides.outlet ?? fields.get("outlet") ?? "",
    url: overrides.url ?? fields.get("url") ?? null,
    published: overrides.published ?? fields.get("published") ?? "unknown",
  };
  if (!raw.outlet) return { ok: false, reason: "the header has no outlet line" };
  const checked = reportMetadataSchema.safeParse(raw);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = String(issue.path[0] ?? "header");
    if (field === "published") return { ok: false, reason: `the publication date "${raw.published}" is not a real date (use YYYY-MM-DD, YYYY-MM or unknown)` };
    return { ok: false, reason: `${field}: ${issue.message}` };
  }
  const meta = checked.data;
  const date = meta.published === "unknown" ? null : parsePublished(meta.published);
  const url = meta.url && meta.url !== "unknown" ? meta.url : null;
  return {
    ok: true,
    report: {
      title: meta.title,
      outlet: meta.outlet,
      url,
      published: date?.published ?? null,
      publishedPrecision: date?.precision ?? "unknown",
      text: body,
    },
  };
}
