// GET /api/datasets - the curated data sets imported, with each import's summary
// POST /api/datasets - import a UCDP GED or ACLED file (editors); 400 for a file of another kind
import { getPrisma } from "@/lib/db/client";
import { DatasetFormatError } from "@/lib/datasets/layouts";
import { ApiError } from "@/lib/http/api-error";
import { importDataset } from "@/lib/mutations/import-dataset";
import { datasetCountry, getProfile } from "@/lib/profiles";
import { listDatasets } from "@/lib/queries/list-datasets";
import { apiRoute } from "@/lib/routes/api-route";
import { datasetImportSchema, MAX_DATASET_BYTES } from "@/lib/schemas/dataset-import";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async () => Response.json({ datasets: await listDatasets() }));

export const POST = apiRoute({ access: "editor", body: datasetImportSchema, maxBodyBytes: MAX_DATASET_BYTES + 64 * 1024 }, async ({ body, user }) => {
  const profile = getProfile();
  const country = body.country === "all" ? null : body.country || datasetCountry(profile);
  try {
    const summary = await importDataset(getPrisma(), { content: body.content, fileName: body.fileName, name: body.name, country, profile, userId: user!.id });
    return Response.json(summary, { status: 201 });
  } catch (error) {
    if (error instanceof DatasetFormatError) throw new ApiError(400, "bad_request", error.message);
    throw error;
  }
});
