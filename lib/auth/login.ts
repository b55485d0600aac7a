// Logging in: the password checked against its scrypt hash, attempts counted per
// account and per address (too many failures in a window answer 429), and a new
// database session on success.
import "server-only";
import { getPrisma } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";
import { hashPassword, verifyPassword } from "./password";
import type { SessionUser } from "./roles";
import { createSession } from "./sessions";

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

// Compared against when the account does not exist, so timing does not tell which e-mails have accounts.
const DUMMY_HASH = hashPassword("not a real password");

export async function login(email: string, password: string, address: string): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
  const prisma = getPrisma();
  const key = email.trim().toLowerCase();
  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60 * 1000);
  const [byAccount, byAddress] = await Promise.all([
    prisma.loginAttempt.count({ where: { email: key, succeeded: false, attemptedAt: { gte: since } } }),
    prisma.loginAttempt.count({ where: { address, succeeded: false, attemptedAt: { gte: since } } }),
  ]);
  if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS) {
    throw new ApiError(429, "too_many_requests", `Too many failed logins. Wait ${LOGIN_WINDOW_MINUTES} minutes and try again.`);
  }
  const user = await prisma.user.findFirst({
    where: { email: { equals: key, mode: "insensitive" } },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true },
  });
  const ok = user ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, await DUMMY_HASH), false);
  await prisma.loginAttempt.create({ data: { email: key, address, succeeded: ok && !user?.disabledAt } });
  if (!user || !ok || user.disabledAt) throw new ApiError(401, "unauthorized", "That e-mail and password do not match an active account.");
  const session = await createSession(user.id);
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role }, ...session };
}
