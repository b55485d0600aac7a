import "server-only";
import { isDatabaseUnavailable } from "./is-database-unavailable";

export type PageData<T> = { ok: true; data: T } | { ok: false; reason: "db_unavailable" };

/** Runs a page's query; a stopped database becomes a value the page renders, not a crash. */
export async function loadPageData<T>(load: () => Promise<T>): Promise<PageData<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (err) {
    if (isDatabaseUnavailable(err)) return { ok: false, reason: "db_unavailable" };
    throw err;
  }
}
