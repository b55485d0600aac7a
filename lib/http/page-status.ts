// The status a page asks for, carried from the page to the front door. Next.js 16
// gives a server component no way to choose its HTTP status: notFound(), forbidden()
// and unauthorized() give only 404/403/401, a thrown error gives 500 through
// error.tsx, and the page cannot set headers. So a page that renders "Database
// unavailable" (lib/http/load-page-data.ts) records 503 for its request here, and
// the front door (lib/runtime/front-door.ts) writes that status in place of the 200
// Next.js is about to send. This holds because Next.js writes the head only once
// the page's shell is rendered, and no page loads its data under a Suspense
// boundary or a loading.tsx that would let the shell go out first.
//
// Why not proxy.ts: it runs before the page, so it would need a database round
// trip of its own on every page, and could still answer 200 when the database
// stops between its check and the page's query. Here the status follows the one
// query that actually failed.
//
// Not "server-only": the front door loads this file outside the React server
// bundle, and the page loads its own bundled copy. The two copies share one
// AsyncLocalStorage through a global symbol, and Node.js carries its context from
// the listener call through everything Next.js does for that request.
import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, RequestListener, ServerResponse } from "node:http";

type PageStatus = { status?: number };

const STORAGE = Symbol.for("casualty-claims.page-status");

function storage(): AsyncLocalStorage<PageStatus> {
  const global = globalThis as { [STORAGE]?: AsyncLocalStorage<PageStatus> };
  global[STORAGE] ??= new AsyncLocalStorage<PageStatus>();
  return global[STORAGE];
}

/** Asks for this status in place of the page's 200 (no effect outside a request the front door let in, e.g. in tests). */
export function setPageStatus(status: number): void {
  const current = storage().getStore();
  if (current) current.status = status;
}

/** The listener, with a page's requested status written in place of a 200. Other statuses (404, 500, a redirect) stand. */
export function withPageStatus(listener: RequestListener): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const requested: PageStatus = {};
    const writeHead = res.writeHead;
    // Node.js sends the head through this method also when it is implicit (the first write, flushHeaders).
    res.writeHead = function writeHeadWithPageStatus(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
      if (!requested.status || statusCode !== 200) return writeHead.apply(this, [statusCode, ...rest] as never);
      const headers = (typeof rest[0] === "string" ? rest[1] : rest[0]) as OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined;
      return headers === undefined ? writeHead.call(this, requested.status) : writeHead.call(this, requested.status, headers);
    } as ServerResponse["writeHead"];
    storage().run(requested, () => listener(req, res));
  };
}
