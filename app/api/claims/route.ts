// GET /api/claims - claims matching the filters, sorted and paged on the server
import { parseStrict } from "@/lib/filters/parse-search-params";
import { apiRoute } from "@/lib/http/api-route";
import { listClaims } from "@/lib/queries/list-claims";
import { claimsQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(claimsQuerySchema, new URL(request.url).searchParams);
  return Response.json({ ...(await listClaims(q, q)), page: q.page, pageSize: q.pageSize });
});
