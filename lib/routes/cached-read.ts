// Every public GET of the API goes through here (apiRoute): the answer is tagged with
// an ETag computed from the data version, the route, the path, the normalised query
// and the caller's role; a matching If-None-Match is a 304 with no body; a small JSON
// answer is kept in the in-process cache under the same key, so an identical read
// costs one single-row query (the version). A write bumps the version in its own
// transaction, so the very next read has a new tag and misses the cache.
// CSV answers stream: they get the ETag and the 304, never the cache.
//
// A visitor's read of a path whose answer was cached once is also served before
// Next.js sees the request (the front door calls serveCachedHit through
// lib/http/cached-hit-hook.ts): a hit with the same version query, key, headers and
// body; a miss (the first read after a write) by calling the same route the cache
// remembered for that path, as Next.js would have, minus Next.js's routing (about 5 ms
// of a computed answer's time). A signed-in caller, a path never cached, or an error
// goes on to Next.js and the route as before.
import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { readsFromReplica, withReadRouting } from "@/lib/db/read-client";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { registerCachedHitServer, type RawAnswer, type RawRequest } from "@/lib/http/cached-hit-hook";
import { encodedBody, pickEncoding } from "@/lib/http/encoded-body";
import { etagOf, matchesIfNoneMatch, normaliseQuery } from "@/lib/http/etag";
import { getReadCache, MAX_ENTRY_BYTES, type CachedAnswer } from "@/lib/http/read-cache";
import { getDataVersionShared } from "@/lib/queries/get-data-version";
import { FRAMELESS_HEADERS } from "@/next.config";

/**
 * readFloor: the caller's last write as a WAL position (lib/auth/sessions.ts), null for none.
 * again: the whole route (session, access, cache and all) for another request to the same path.
 */
export type ReadKey = { routeId: string; request: Request; user: SessionUser | null; readFloor: bigint | null; again: (request: Request) => Promise<Response> };

type Read = { etag: string; cacheKey: string; database: string; version: string; caching: Record<string, string> };

/** Everything that decides a read's answer, as its ETag and cache key (one place for both paths). */
async function identify(routeId: string, url: URL, user: SessionUser | null): Promise<Read> {
  const { database, version } = await getDataVersionShared();
  const id = [routeId, url.pathname, normaliseQuery(url.searchParams), user?.role ?? "public"];
  const etag = etagOf([database, version, ...id]);
  // Signed-in answers may differ from the public's: no shared cache may keep them.
  const caching = { etag, "cache-control": user ? "private, no-cache" : "no-cache", vary: "Cookie" };
  return { etag, cacheKey: `${database}\u0000${version}\u0000${id.join("\u0000")}`, database, version, caching };
}

export async function cachedRead(key: ReadKey, answer: () => Promise<Response>): Promise<Response> {
  // One server (the replica when it has the caller's writes, else the primary) gives
  // both the version and the answer, so the answer is never older than its tag.
  return withReadRouting(key.readFloor, () => readThroughCache(key, answer));
}

/**
 * A front-door miss hands the route the read it identified, on the server it routed to, so
 * the route does not ask for the version again: one query less on every computed read.
 */
const identifiedByFrontDoor = new WeakMap<Request, { routeId: string; replica: boolean; read: Read }>();

function identifiedRead(key: ReadKey, url: URL): Promise<Read> | Read {
  const known = identifiedByFrontDoor.get(key.request);
  if (known && known.routeId === key.routeId && !key.user && known.replica === readsFromReplica()) return known.read;
  return identify(key.routeId, url, key.user);
}

async function readThroughCache(key: ReadKey, answer: () => Promise<Response>): Promise<Response> {
  const url = new URL(key.request.url);
  const { etag, cacheKey, database, version, caching } = await identifiedRead(key, url);
  if (matchesIfNoneMatch(key.request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: caching });

  const cache = getReadCache();
  cache.observe(database, BigInt(version));
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
    headers.set("vary", "Cookie, Accept-Encoding"); // the front door may send it compressed (lib/http/encoded-body.ts)
    const body = Buffer.from(await response.arrayBuffer());
    const stored: CachedAnswer = { status: response.status, headers: Object.fromEntries(headers), body, encoded: {} };
    cache.set(cacheKey, database, BigInt(version), stored);
    if (!key.user) cache.rememberRoute(url.pathname, { routeId: key.routeId, answer: key.again });
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

/**
 * Through Next.js the stored body goes out as it is: Next.js drops a route's own
 * Content-Encoding (send-response.js) and compresses on the fly itself. Only the
 * front door sends the compressed copies.
 */
function toResponse(answer: CachedAnswer): Response {
  return new Response(answer.body as BodyInit, { status: answer.status, headers: answer.headers });
}

/** The stored answer's headers and body in the best encoding the client accepts (compressed once, kept). */
function encodedAnswer(answer: CachedAnswer, acceptEncoding: string | null): { headers: Record<string, string>; body: Uint8Array } {
  const encoding = pickEncoding(acceptEncoding, answer.body.byteLength);
  if (!encoding) return { headers: answer.headers, body: answer.body };
  const body = (answer.encoded[encoding] ??= encodedBody(answer.body, encoding));
  return { headers: { ...answer.headers, "content-encoding": encoding }, body };
}

/** What Next.js adds to every API answer (next.config.ts), for the answers it never sees. */
const SITE_HEADERS = Object.fromEntries(FRAMELESS_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]));

/** The front door's fast path: a visitor's GET of a path whose answer was cached once, or null to go on to Next.js. */
function serveCachedHit(raw: RawRequest): Promise<RawAnswer | null> | null {
  const url = new URL(raw.url, "http://front-door");
  const route = getReadCache().routeOf(url.pathname);
  if (!route || hasSessionCookie(raw.headers.cookie)) return null;
  const accept = raw.headers["accept-encoding"];
  const acceptEncoding = Array.isArray(accept) ? accept.join(",") : (accept ?? null);
  // A visitor has no writes of their own to wait for (read floor null): the version comes from
  // the server the router picks, and only an answer cached for that version is served.
  return withReadRouting(null, async () => {
    const read = await identify(route.routeId, url, null);
    const { etag, cacheKey, caching } = read;
    const ifNoneMatch = raw.headers["if-none-match"];
    if (matchesIfNoneMatch(ifNoneMatch ?? null, etag)) return { status: 304, headers: { ...caching, ...SITE_HEADERS }, body: null };
    const hit = getReadCache().get(cacheKey);
    if (hit) return rawAnswer(hit, acceptEncoding);
    // A miss: the route computes it (and caches it) as it would behind Next.js.
    const request = new Request(new URL(raw.url, `http://${raw.headers.host ?? "localhost"}`), { headers: requestHeaders(raw.headers) });
    identifiedByFrontDoor.set(request, { routeId: route.routeId, replica: readsFromReplica(), read });
    const response = await route.answer(request);
    const stored = getReadCache().get(cacheKey);
    if (stored && response.headers.get("etag") === etag) {
      await response.body?.cancel();
      return rawAnswer(stored, acceptEncoding);
    }
    // Not cached (an error, a large answer): sent as the route gave it, uncompressed.
    const body = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, headers: { ...Object.fromEntries(response.headers), ...SITE_HEADERS, "content-length": String(body.byteLength) }, body };
  }).catch(() => null); // a database error: Next.js and the route answer it (503) as for any read
}

function rawAnswer(answer: CachedAnswer, acceptEncoding: string | null): RawAnswer {
  const { headers, body } = encodedAnswer(answer, acceptEncoding);
  return { status: answer.status, headers: { ...headers, ...SITE_HEADERS, "content-length": String(body.byteLength) }, body };
}

function requestHeaders(raw: RawRequest["headers"]): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

function hasSessionCookie(cookie: string | undefined): boolean {
  return cookie !== undefined && cookie.includes(`${SESSION_COOKIE}=`);
}

registerCachedHitServer(serveCachedHit);
