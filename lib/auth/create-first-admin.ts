import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Env } from "@/lib/env";
import { createOrUpdateUser } from "./create-user";

/** On a database with no accounts, the admin named by ADMIN_EMAIL / ADMIN_PASSWORD. */
export async function createFirstAdmin(prisma: PrismaClient, env: Env): Promise<boolean> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return false;
  if ((await prisma.user.count()) > 0) return false;
  await createOrUpdateUser(prisma, env.ADMIN_EMAIL, env.ADMIN_PASSWORD, "admin");
  return true;
}
