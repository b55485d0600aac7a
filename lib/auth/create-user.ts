import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./password";
import type { Role } from "./roles";

export class UserInputError extends Error {}

/** Creates an account, or sets the password and role of an existing one (by e-mail). */
export async function createOrUpdateUser(prisma: PrismaClient | Prisma.TransactionClient, email: string, password: string, role: Role): Promise<{ id: number; created: boolean }> {
  const address = email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) throw new UserInputError(`"${email}" is not an e-mail address.`);
  if (password.length < MIN_PASSWORD_LENGTH) throw new UserInputError(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  const passwordHash = await hashPassword(password);
  const existing = await prisma.user.findFirst({ where: { email: { equals: address, mode: "insensitive" } }, select: { id: true } });
  if (existing) {
    await prisma.user.update({ where: { id: existing.id }, data: { passwordHash, role, disabledAt: null } });
    return { id: existing.id, created: false };
  }
  const user = await prisma.user.create({ data: { email: address, passwordHash, role }, select: { id: true } });
  return { id: user.id, created: true };
}
