import "server-only";
import { getPageReadFloor } from "@/lib/auth/current-user";
import { withReadRouting } from "@/lib/db/read-client";
import { setPageStatus } from "@/lib/http/page-status";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";

export type PageData<T> = { ok: true; data: T } | { ok: false; reason: "db_unavailable" };

/**
 * Runs a page's query; a stopped database becomes a value the page renders (the
 * readable "Database unavailable"), not a crash, and the page answers 503 rather
 * than 200 (set by the front door: lib/http/page-status.ts says why there).
 * The query reads from the replica when it holds the reader's own last write
 * (lib/db/read-client.ts); an anonymous reader's page never touches the primary.
 */
export async function loadPageData<T>(load: () => Promise<T>): Promise<PageData<T>> {
  try {
    return { ok: true, data: await withReadRouting(await getPageReadFloor(), load) };
  } catch (err) {
    if (!isDatabaseUnavailable(err)) throw err;
    setPageStatus(503);
    return { ok: false, reason: "db_unavailable" };
  }
}
