// What the Node.js server answers before Next.js sees a request (npm start, npm run dev):
// the requests Next.js itself turns into a 500 before any route of ours runs. A method
// the WHATWG Request refuses (TRACE), or any other one no route serves, gets 405;
// a path whose %-escapes are not UTF-8 (/api/claims/%FF, /reports/%FF) gets 400.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { PEER_ADDRESS_HEADER } from "../http/peer-address";
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
    inner(req, res);
  };
}
