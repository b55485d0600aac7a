import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "cc_session";
export const SESSION_DAYS = 14;

/** A new random session token (what the cookie holds). */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps: a stolen database does not yield usable cookies. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
