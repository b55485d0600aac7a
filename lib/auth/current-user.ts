// Who is asking: the session cookie resolved to a user, for route handlers (from
// the request) and for server components (from next/headers).
import "server-only";
import { cookies } from "next/headers";
import type { SessionUser } from "./roles";
import { SESSION_COOKIE } from "./session-token";
import { findSessionUser } from "./sessions";

/** A cookie's value; a malformed one (`cc_session=%ZZ`) is no cookie, as if none had been sent. */
export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k !== name) continue;
    try {
      return decodeURIComponent(v.join("="));
    } catch {
      return null;
    }
  }
  return null;
}

export function getRequestUser(request: Request): Promise<SessionUser | null> {
  return findSessionUser(readCookie(request, SESSION_COOKIE));
}

export async function getPageUser(): Promise<SessionUser | null> {
  return findSessionUser((await cookies()).get(SESSION_COOKIE)?.value);
}
