// A report an editor pastes or uploads in the browser.
import { z } from "zod";
import { FIRST_YEAR, isoDayOrMonthSchema, LAST_YEAR } from "@/lib/values/dates";

export const MAX_REPORT_CHARS = 2 * 1024 * 1024;

export const reportInputSchema = z
  .object({
    title: z.string().trim().min(1, "Give the report a title.").max(500),
    outlet: z.string().trim().min(1, "Name the outlet that published it.").max(200),
    url: z.union([z.url("must be a web address (https://…)"), z.literal("")]).optional(),
    published: z
      .string()
      .refine((v) => v === "" || isoDayOrMonthSchema.safeParse(v).success, `must be YYYY-MM-DD, YYYY-MM or empty, a real date between ${FIRST_YEAR} and ${LAST_YEAR}`)
      .optional(),
    format: z.enum(["text", "html"]).default("text"),
    text: z.string().min(1, "Paste the report's text or choose a file.").max(MAX_REPORT_CHARS, "is over the 2 MB limit"),
  })
  .strict();
export type ReportInput = z.infer<typeof reportInputSchema>;

/** Reports in one bulk request: as many as `npm run ingest` stores per transaction. */
export const MAX_BULK_REPORTS = 250;
/** A bulk request's body: room for many ordinary reports, or a few near the 2 MB limit. */
export const MAX_BULK_BYTES = 16 * 1024 * 1024;

/** Many reports at once (POST /api/reports/bulk): every one is checked before any is read. */
export const bulkReportInputSchema = z
  .object({
    reports: z
      .array(reportInputSchema)
      .min(1, "Send at least one report.")
      .max(MAX_BULK_REPORTS, `Send at most ${MAX_BULK_REPORTS} reports per request; send the rest in further requests.`),
  })
  .strict();
export type BulkReportInput = z.infer<typeof bulkReportInputSchema>;
