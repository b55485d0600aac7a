import { isHttps } from "@/lib/http/forwarded";
import { SESSION_COOKIE } from "./session-token";

/** httpOnly, SameSite=Lax, Secure when the site is served over https. */
export function sessionCookie(request: Request, token: string, expiresAt: Date | null): string {
  const parts = [`${SESSION_COOKIE}=${token}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  parts.push(expiresAt ? `Max-Age=${Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000))}` : "Max-Age=0");
  if (isHttps(request)) parts.push("Secure");
  return parts.join("; ");
}
