// GET /api/datasets - the curated data sets imported, with each import's summary
// POST /api/datasets - import a UCDP GED or ACLED file (editors); 400 for a file of another kind
// DELETE /api/datasets?name=NAME - remove a data set and everything imported with it (admins)
import { getPrisma } from "@/lib/db/client";
import { DatasetFormatError } from "@/lib/datasets/layouts";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { ApiError } from "@/lib/http/api-error";
import { importDataset } from "@/lib/mutations/import-dataset";
import { removeDataset } from "@/lib/mutations/remove-dataset";
import { datasetCountry, getProfile } from "@/lib/profiles";
import { listDatasets } from "@/lib/queries/list-datasets";
import { apiRoute } from "@/lib/routes/api-route";
import { datasetImportSchema, datasetRemoveQuerySchema, MAX_DATASET_BYTES } from "@/lib/schemas/dataset-import";

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

export const DELETE = apiRoute({ access: "admin" }, async ({ request, user }) => {
  const { name } = parseStrict(datasetRemoveQuerySchema, new URL(request.url).searchParams);
  return Response.json(await removeDataset(getPrisma(), name, user!.id));
});
