// The host, protocol and client address of a request. The headers a reverse proxy
// sets (X-Forwarded-For, X-Forwarded-Host, X-Forwarded-Proto, X-Real-IP) are taken
// only when TRUST_PROXY=true: otherwise any client could send them, naming a new
// address on each login attempt or another site's host in the same-origin check.
import { readEnv } from "@/lib/env";
import { PEER_ADDRESS_HEADER } from "./peer-address";

/** The address of a request whose peer is not known (no front door, no trusted proxy). */
export const UNTRUSTED_ADDRESS = "direct";


function isProxyTrusted(): boolean {
  return readEnv().TRUST_PROXY;
}

/** The host the request was sent to (the proxy's X-Forwarded-Host only when trusted). */
export function requestHost(request: Request): string | null {
  return hostFromHeaders(request.headers);
}

/** requestHost from the headers alone (a server component has no Request). */
export function hostFromHeaders(headers: Headers): string | null {
  const forwarded = isProxyTrusted() ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || headers.get("host");
}

/** "https://example.org": the site's origin as the reader reached it, for links that leave the page (citations, embed code). */
export function originFromHeaders(headers: Headers, requestProtocol = "http:"): string {
  const https = requestProtocol === "https:" || (isProxyTrusted() && headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https");
  const host = hostFromHeaders(headers);
  // A Host header is the client's to write: only a host name and port go into a citation.
  return `${https ? "https" : "http"}://${host && /^[a-z0-9.\-:[\]]{1,255}$/i.test(host) ? host : "localhost"}`;
}

/** Whether the site is served over https (the proxy's X-Forwarded-Proto only when trusted). */
export function isHttps(request: Request): boolean {
  if (new URL(request.url).protocol === "https:") return true;
  return isProxyTrusted() && request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

/**
 * Where a request came from, for rate limiting. Behind a trusted proxy: the last
 * X-Forwarded-For entry, the one the proxy itself appended (those before it are the
 * client's to invent), else X-Real-IP. Otherwise the socket's peer as the front door
 * saw it (so one client's failed logins do not lock out everyone), else one shared address.
 */
export function clientAddress(request: Request): string {
  if (!isProxyTrusted()) return (request.headers.get(PEER_ADDRESS_HEADER)?.trim() || UNTRUSTED_ADDRESS).slice(0, 100);
  const chain = request.headers.get("x-forwarded-for")?.split(",").map((a) => a.trim()).filter(Boolean) ?? [];
  return (chain.at(-1) ?? request.headers.get("x-real-ip")?.trim() ?? UNTRUSTED_ADDRESS).slice(0, 100);
}
