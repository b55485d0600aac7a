// How the front door (lib/runtime/front-door.ts) reaches the read cache without
// Next.js: the route code (bundled by Next.js) registers a function here that answers
// a request from the cache when it can, and the front door calls it before handing
// the request to Next.js. A cached hit then costs the data-version query and one
// socket write, not Next.js's routing, its Request and Response objects and a body copy.
//
// Not "server-only": the front door loads this file outside the React server bundle
// and the routes load their own bundled copy; the two copies meet on one global symbol
// (as lib/http/page-status.ts does).
import type { IncomingHttpHeaders } from "node:http";

export type RawRequest = { url: string; headers: IncomingHttpHeaders };
export type RawAnswer = { status: number; headers: Record<string, string>; body: Uint8Array | null };
/** null at once when the request cannot be a cached hit; otherwise a promise of the answer, or of null on a miss. */
export type CachedHitServer = (request: RawRequest) => Promise<RawAnswer | null> | null;

const SLOT = Symbol.for("casualty-claims.cached-hit-server");
const slot = globalThis as unknown as { [SLOT]?: CachedHitServer };

export function registerCachedHitServer(server: CachedHitServer): void {
  slot[SLOT] = server;
}

export function findCachedHitServer(): CachedHitServer | undefined {
  return slot[SLOT];
}
