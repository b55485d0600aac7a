// Every public GET of the API goes through here (apiRoute): the answer is tagged with
// an ETag computed from the data version, the route, the path, the normalised query
// and the caller's role; a matching If-None-Match is a 304 with no body; a small JSON
// answer is kept in the in-process cache under the same key, so an identical read
// costs one single-row query (the version). A write bumps the version in its own
// transaction, so the very next read has a new tag and misses the cache.
// CSV answers stream: they get the ETag and the 304, never the cache.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { etagOf, matchesIfNoneMatch, normaliseQuery } from "@/lib/http/etag";
import { getReadCache, MAX_ENTRY_BYTES, type CachedAnswer } from "@/lib/http/read-cache";
import { withReadRouting } from "@/lib/db/read-client";
import { getDataVersionShared } from "@/lib/queries/get-data-version";

/** readFloor: the caller's last write as a WAL position (lib/auth/sessions.ts), null for none. */
export type ReadKey = { routeId: string; request: Request; user: SessionUser | null; readFloor: bigint | null };

export async function cachedRead(key: ReadKey, answer: () => Promise<Response>): Promise<Response> {
  // One server (the replica when it has the caller's writes, else the primary) gives
  // both the version and the answer, so the answer is never older than its tag.
  return withReadRouting(key.readFloor, () => readThroughCache(key, answer));
}

async function readThroughCache(key: ReadKey, answer: () => Promise<Response>): Promise<Response> {
  const { database, version } = await getDataVersionShared();
  const url = new URL(key.request.url);
  const role = key.user?.role ?? "public";
  const id = [key.routeId, url.pathname, normaliseQuery(url.searchParams), role];
  const etag = etagOf([database, version, ...id]);
  // Signed-in answers may differ from the public's: no shared cache may keep them.
  const caching = { ETag: etag, "Cache-Control": key.user ? "private, no-cache" : "no-cache", Vary: "Cookie" };
  if (matchesIfNoneMatch(key.request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: caching });

  const cache = getReadCache();
  cache.observe(database, BigInt(version));
  const cacheKey = `${database}\u0000${version}\u0000${id.join("\u0000")}`;
  const hit = cache.get(cacheKey);
  if (hit) return toResponse(hit);
  // Many readers arriving at once for an answer not yet cached (a linked chart, a write
  // just made) wait for the one computing it instead of each running the same queries.
  const pending = inFlight.get(cacheKey);
  if (pending) {
    const shared = await pending;
    if (shared) return toResponse(shared);
  }

  let share: (answer: CachedAnswer | null) => void = () => {};
  if (!pending) inFlight.set(cacheKey, new Promise((resolve) => (share = resolve)));
  try {
    const response = await answer();
    if (response.status !== 200 || response.headers.has("set-cookie")) return response;
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(caching)) headers.set(name, value);
    if (!isSmallJson(response)) return new Response(response.body, { status: response.status, headers });
    const body = new Uint8Array(await response.arrayBuffer());
    const stored: CachedAnswer = { status: response.status, headers: [...headers.entries()], body };
    cache.set(cacheKey, database, BigInt(version), stored);
    share(stored);
    return toResponse(stored);
  } finally {
    share(null); // a no-op once shared; otherwise the waiters compute their own
    if (!pending) inFlight.delete(cacheKey);
  }
}

const inFlight = new Map<string, Promise<CachedAnswer | null>>();

function isSmallJson(response: Response): boolean {
  if (!(response.headers.get("content-type") ?? "").startsWith("application/json")) return false;
  const length = response.headers.get("content-length");
  return length === null || Number(length) <= MAX_ENTRY_BYTES;
}

function toResponse(answer: CachedAnswer): Response {
  return new Response(answer.body as BodyInit, { status: answer.status, headers: answer.headers });
}
