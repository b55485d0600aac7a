import "server-only";
import { headers } from "next/headers";
import { readEnv } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { getPageUser } from "./current-user";
import type { SessionUser } from "./roles";

export type PageAccess = { user: SessionUser | null; mustSignIn: boolean; path: string };

/** Who is looking at a page, and whether they must sign in before they see it (PUBLIC_READ=false). */
export async function getPageAccess(): Promise<PageAccess> {
  const path = (await headers()).get("x-pathname") ?? "/";
  let user: SessionUser | null = null;
  try {
    user = await getPageUser();
  } catch (err) {
    if (!isDatabaseUnavailable(err)) throw err; // the page itself will say the database is down
  }
  const mustSignIn = !readEnv().PUBLIC_READ && !user && path !== "/login";
  return { user, mustSignIn, path };
}
