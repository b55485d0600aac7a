// A report from the browser made ready for extraction and storage: HTML reduced
// to text, line endings normalised (offsets are into this text), dates typed.
import { EXTRACTOR, extractClaims } from "@/lib/extraction";
import type { ExtractedClaim } from "@/lib/extraction/types";
import { getProfile } from "@/lib/profiles";
import { htmlToText } from "@/lib/reports/html-to-text";
import type { ReportInput } from "@/lib/schemas/report-input";
import type { NewReport } from "@/lib/mutations/create-report-with-claims";

export type PreparedReport = { report: NewReport; claims: ExtractedClaim[]; extractor: typeof EXTRACTOR };

export function prepareReportInput(input: ReportInput): PreparedReport {
  const body = input.format === "html" ? htmlToText(input.text) : input.text;
  const text = body.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const published = input.published || null;
  const publishedPrecision = !published ? "unknown" : published.length === 7 ? "month" : "day";
  const report: NewReport = { title: input.title, outlet: input.outlet, url: input.url || null, published, publishedPrecision, text, sourceFile: null };
  const claims = extractClaims(text, { outlet: report.outlet, published, publishedPrecision }, getProfile());
  return { report, claims, extractor: EXTRACTOR };
}
