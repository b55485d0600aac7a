import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { SessionUser } from "./roles";
import { hashSessionToken, newSessionToken, SESSION_DAYS } from "./session-token";

export async function createSession(userId: number): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await getPrisma().session.create({ data: { id: hashSessionToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** The user behind a session cookie, or null when it is unknown, expired, revoked or the account disabled. */
export async function findSessionUser(token: string | undefined | null): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const session = await getPrisma().session.findUnique({
    where: { id: hashSessionToken(token) },
    select: { expiresAt: true, revokedAt: true, user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date() || session.user.disabledAt) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role };
}

export async function revokeSession(token: string): Promise<void> {
  await getPrisma().session.updateMany({ where: { id: hashSessionToken(token), revokedAt: null }, data: { revokedAt: new Date() } });
}
