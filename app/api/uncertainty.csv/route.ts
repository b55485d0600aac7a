// GET /api/uncertainty.csv - one row per claim of each event and side, with the event's band; `about=1`: its companion text
import { takeAboutFlag } from "@/lib/csv/about-flag";
import { csvAboutResponse } from "@/lib/routes/csv-about";
import { csvResponse } from "@/lib/csv/csv-response";
import { csvFileName } from "@/lib/filters/download-file-name";
import { pageBatches } from "@/lib/csv/page-batches";
import { UNCERTAINTY_COLUMNS } from "@/lib/csv/view-columns";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/routes/api-route";
import { getUncertainty } from "@/lib/queries/get-uncertainty";
import { chartOutcome, uncertaintyQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

const BATCH = 500;

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const params = new URL(request.url).searchParams;
  const about = takeAboutFlag(params);
  const q = parseStrict(uncertaintyQuerySchema, params);
  const outcome = chartOutcome(q.outcome);
  if (about) return csvAboutResponse(request, { view: "uncertainty", fileName: csvFileName("uncertainty", q, { outcome }), filters: q, settings: { outcome } });
  const rows = pageBatches(
    (page, pageSize) => getUncertainty(q, outcome, { page, pageSize }),
    BATCH,
    (events) => events.flatMap((event) => event.claims.map((claim) => ({ event, claim, outcome }))),
  );
  return csvResponse(csvFileName("uncertainty", q, { outcome }), UNCERTAINTY_COLUMNS, rows);
});
