// A report from the browser made ready for extraction and storage: HTML reduced
// to text, line endings normalised (offsets are into this text), dates typed.
import { EXTRACTOR } from "@/lib/extraction";
import { ExtractionTimeout, extractInPool } from "@/lib/extraction-pool";
import { ApiError } from "@/lib/http/api-error";
import type { ExtractedClaim } from "@/lib/extraction/types";
import { htmlToText } from "@/lib/reports/html-to-text";
import type { ReportInput } from "@/lib/schemas/report-input";
import type { NewReport } from "@/lib/mutations/create-report-with-claims";

export type PreparedReport = { report: NewReport; claims: ExtractedClaim[]; extractor: typeof EXTRACTOR };

/** Extraction runs on a worker thread; past its time budget the report is refused (422), the server unharmed. */
export async function prepareReportInput(input: ReportInput, { budgetMs }: { budgetMs?: number } = {}): Promise<PreparedReport> {
  const body = input.format === "html" ? htmlToText(input.text) : input.text;
  const text = body.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const published = input.published || null;
  const publishedPrecision = !published ? "unknown" : published.length === 7 ? "month" : "day";
  const report: NewReport = { title: input.title, outlet: input.outlet, url: input.url || null, published, publishedPrecision, text, sourceFile: null };
  const claims = await extractInPool(text, { outlet: report.outlet, published, publishedPrecision }, { budgetMs }).catch((err: unknown) => {
    throw err instanceof ExtractionTimeout ? new ApiError(422, "unprocessable", err.message) : err;
  });
  return { report, claims, extractor: EXTRACTOR };
}
