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
