import { SESSION_COOKIE } from "./session-token";

/** httpOnly, SameSite=Lax, Secure when the site is served over https. */
export function sessionCookie(request: Request, token: string, expiresAt: Date | null): string {
  const https = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const parts = [`${SESSION_COOKIE}=${token}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  parts.push(expiresAt ? `Max-Age=${Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000))}` : "Max-Age=0");
  if (https) parts.push("Secure");
  return parts.join("; ");
}

/** Where a request came from, for rate limiting (behind a proxy: its X-Forwarded-For). */
export function clientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}
