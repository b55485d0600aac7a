// A curated data-set file an editor uploads in the browser (the CLI reads the same fields from its arguments).
import { z } from "zod";

export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

export const datasetImportSchema = z
  .object({
    fileName: z.string().trim().min(1, "Name the file.").max(300),
    name: z.string().trim().max(200, "is longer than 200 characters").optional(),
    /** A country to keep (the profile's when empty), or "all". */
    country: z.string().trim().max(100).optional(),
    content: z.string().min(1, "Choose a CSV file (UCDP GED or ACLED).").max(MAX_DATASET_BYTES, "is over the 50 MB limit"),
  })
  .strict();
export type DatasetImportInput = z.infer<typeof datasetImportSchema>;

/** DELETE /api/datasets?name=NAME: the data set to remove. */
export const datasetRemoveQuerySchema = z.object({ name: z.string("must name the data set to remove").trim().min(1, "must name the data set to remove").max(200) });
