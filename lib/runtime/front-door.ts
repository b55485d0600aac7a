// What the Node.js server answers before Next.js sees a request (npm start, npm run dev):
// the requests Next.js itself turns into a 500 before any route of ours runs. A method
// the WHATWG Request refuses (TRACE), or any other one no route serves, gets 405;
// a path whose %-escapes are not UTF-8 (/api/claims/%FF, /reports/%FF) gets 400.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { PEER_ADDRESS_HEADER } from "../http/peer-address";
import { findCachedHitServer, type RawAnswer } from "../http/cached-hit-hook";
import { withPageStatus } from "../http/page-status";

export const SERVED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

type Refusal = { status: 400 | 405; code: string; message: string };

export function frontDoorRefusal(method: string | undefined, url: string | undefined): Refusal | null {
  if (!SERVED_METHODS.includes(method ?? "")) {
    return { status: 405, code: "method_not_allowed", message: `The method ${String(method).slice(0, 20)} is not served here; use ${SERVED_METHODS.join(", ")}.` };
  }
  try {
    decodeURIComponent((url ?? "/").split("?")[0]);
  } catch {
    return { status: 400, code: "bad_request", message: "The address has a %-escape that is not UTF-8 text, so it names no page." };
  }
  return null;
}

function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  const isApi = (req.url ?? "").startsWith("/api/");
  const body = isApi ? JSON.stringify({ error: { code: refusal.code, message: refusal.message } }) : `${refusal.message}\n`;
  res.writeHead(refusal.status, {
    "content-type": isApi ? "application/json" : "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    ...(refusal.status === 405 ? { allow: SERVED_METHODS.join(", ") } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** The request listener, behind the front door (which also writes the status a page asked for: lib/http/page-status.ts). */
export function withFrontDoor(listener: RequestListener): RequestListener {
  const inner = withPageStatus(listener);
  return (req, res) => {
    const refusal = frontDoorRefusal(req.method, req.url);
    if (refusal) return refuse(req, res, refusal);
    req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "unknown";
    if (req.method !== "GET" || !req.url?.startsWith("/api/")) return inner(req, res);
    if (isCsvDownload(req.url)) delete req.headers["accept-encoding"];
    // A visitor's read whose answer is cached is answered here (lib/routes/cached-read.ts), without Next.js.
    const hit = findCachedHitServer()?.({ url: req.url, headers: req.headers });
    if (!hit) return inner(req, res);
    hit.then(
      (answer) => (answer ? send(res, answer) : inner(req, res)),
      () => inner(req, res),
    );
  };
}

/**
 * A CSV export (/api/claims.csv?…) goes out as COPY writes it, not gzipped by Next.js on
 * the fly: gzip runs at a fraction of COPY's speed on one core (README, "Performance at a
 * million claims"), so the download would go at gzip's pace. A proxy in front may still compress it.
 */
function isCsvDownload(url: string): boolean {
  const path = url.split("?")[0];
  return path.endsWith(".csv");
}

function send(res: ServerResponse, answer: RawAnswer): void {
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body ?? undefined);
}
