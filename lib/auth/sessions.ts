import "server-only";
import { SharedRun } from "@/lib/async/shared-run";
import { getPrisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role, SessionUser } from "./roles";
import { hashSessionToken, newSessionToken, SESSION_DAYS } from "./session-token";

export async function createSession(userId: number): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await getPrisma().session.create({ data: { id: hashSessionToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** A signed-in caller: who, and where the primary's WAL stood after their last write (null: none yet). */
export type SessionCaller = { user: SessionUser; lastWriteLsn: bigint | null };

/** The caller behind a session cookie, or null when it is unknown, expired, revoked or the account disabled. */
export async function findSession(token: string | undefined | null): Promise<SessionCaller | null> {
  if (!token || token.length > 100) return null;
  // Always on the primary: a login, a logout or a write must count at the very next request.
  // One statement (Prisma's relation select made two round trips): every signed-in request asks.
  const [row] = await readSql<SessionRow[]>(
    Prisma.sql`
      SELECT u.id, u.email, u.name, u.role::text AS role, s.last_write_lsn
      FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = ${hashSessionToken(token)} AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
    { onPrimary: true },
  );
  if (!row) return null;
  const { id, email, name, role } = row;
  return { user: { id, email, name, role }, lastWriteLsn: row.last_write_lsn };
}

type SessionRow = { id: number; email: string; name: string | null; role: Role; last_write_lsn: bigint | null };

/**
 * After a write by this user has committed: each of their live sessions (every browser
 * they use) records the primary's WAL insert position, which is past the write's commit
 * record. Their reads then go to a replica only once it has replayed that far
 * (lib/db/read-client.ts). Not pg_current_wal_lsn(): that is the position written out
 * so far, which trails the commit when synchronous_commit is off. The column lives in
 * the database, not in a cookie, so nobody can forge it.
 */
export function recordWriteBy(userId: number): Promise<void> {
  // One user's writes arriving together (a script posting reports over 16 connections)
  // share the update: a write committed before an update starts is covered by it
  // (lib/async/shared-run.ts). One update each had every request of a batch queue for
  // the same session rows' lock.
  let marks = recording.get(userId);
  if (!marks) recording.set(userId, (marks = new SharedRun(() => markSessions(userId))));
  return marks.run();
}

/** One per user who has written since the server started: a handful of editors. */
const recording = new Map<number, SharedRun<void>>();

async function markSessions(userId: number): Promise<void> {
  await getPrisma().$executeRaw`
    UPDATE sessions SET last_write_lsn = (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint
    WHERE user_id = ${userId} AND revoked_at IS NULL AND expires_at > now()`;
}

export async function revokeSession(token: string): Promise<void> {
  await getPrisma().session.updateMany({ where: { id: hashSessionToken(token), revokedAt: null }, data: { revokedAt: new Date() } });
}
