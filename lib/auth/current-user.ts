// Who is asking: the session cookie resolved to a user, for route handlers (from
// the request) and for server components (from next/headers).
import "server-only";
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import type { SessionUser } from "./roles";
import { SESSION_COOKIE } from "./session-token";
import { findSession, type SessionCaller } from "./sessions";

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

export function getRequestSession(request: Request): Promise<SessionCaller | null> {
  return findSession(readCookie(request, SESSION_COOKIE));
}

export async function getRequestUser(request: Request): Promise<SessionUser | null> {
  return (await getRequestSession(request))?.user ?? null;
}

/** Looked up once per page render, however many parts of the page ask (React's per-request cache). */
const getPageSession = cache(async (): Promise<SessionCaller | null> => findSession(await pageSessionToken()));

async function pageSessionToken(): Promise<string | undefined> {
  try {
    return (await cookies()).get(SESSION_COOKIE)?.value;
  } catch (err) {
    unstable_rethrow(err); // Next.js's own signals (dynamic rendering) must pass
    return undefined; // rendered outside a request (a test calling a page as a function): nobody is signed in
  }
}

export async function getPageUser(): Promise<SessionUser | null> {
  return (await getPageSession())?.user ?? null;
}

/** Where the page's reader last wrote (a WAL position), so the page's reads show it. */
export async function getPageReadFloor(): Promise<bigint | null> {
  return (await getPageSession())?.lastWriteLsn ?? null;
}
