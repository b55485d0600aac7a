// GET /api/health - is the database reachable and migrated? 200 or 503, JSON either way.
import { getMigrationCount } from "@/lib/queries/get-migration-count";
import { errorBody } from "@/lib/http/api-error";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const migrations = await getMigrationCount();
    return Response.json({ db: "ok", migrations }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json(
      { db: "unavailable", ...errorBody("db_unavailable", "The database cannot be reached.") },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
