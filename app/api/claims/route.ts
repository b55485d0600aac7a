// GET /api/claims - claims matching the filters, sorted and paged on the server (by `page`, or the
// `nextCursor`/`prevCursor` of a page: keyset paging)
// POST /api/claims - add a claim an editor selected in a report's text (editors)
import { parseStrict } from "@/lib/filters/parse-search-params";
import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/routes/api-route";
import { createClaim } from "@/lib/mutations/create-claim";
import { newClaimSchema } from "@/lib/schemas/claim-edit";
import { listClaims } from "@/lib/queries/list-claims";
import { claimsPageQuerySchema } from "@/lib/schemas/view-queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "read" }, async ({ request }) => {
  const q = parseStrict(claimsPageQuerySchema, new URL(request.url).searchParams);
  return Response.json({ ...(await listClaims(q, q)), pageSize: q.pageSize });
});

export const POST = apiRoute({ access: "editor", body: newClaimSchema }, async ({ body, user }) =>
  Response.json(await createClaim(getPrisma(), body, user!.id), { status: 201 }),
);
