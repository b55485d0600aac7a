// Lives above lib/auth and lib/http: it composes both (sessions, roles, origin and body checks).
// Every route handler's shape: who is asking (session cookie), may they (401 when
// a login is needed, 403 when the role is not enough or a write comes from
// another site), the body read with a size cap (413) and checked by its schema
// (400 naming the field), then one lib call. Errors become { error: { code, message } }.
import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { getRequestSession } from "@/lib/auth/current-user";
import { canAccess, type Access, type SessionUser } from "@/lib/auth/roles";
import { recordWriteBy } from "@/lib/auth/sessions";
import { readEnv } from "@/lib/env";
import { ApiError } from "@/lib/http/api-error";
import { checkSameOrigin } from "@/lib/http/check-origin";
import { readBodyText } from "@/lib/http/read-body";
import { withErrorHandling } from "@/lib/http/route";
import { findUnsafeText } from "@/lib/values/plain-text";
import { cachedRead } from "./cached-read";

export const DEFAULT_BODY_LIMIT = 64 * 1024;

type RouteContext = { params?: Promise<Record<string, string | string[]>> };
type Options<S extends z.ZodType> = { access: Access; body?: S; maxBodyBytes?: number };
export type ApiContext<B> = { request: Request; user: SessionUser | null; body: B; params: Record<string, string> };

function isPublicRead(): boolean {
  return readEnv().PUBLIC_READ;
}

export function apiRoute<S extends z.ZodType = z.ZodUndefined>(options: Options<S>, handler: (ctx: ApiContext<z.infer<S>>) => Promise<Response>) {
  // Names the route in cache keys and ETags, the same in every process running this build
  // (two routes' handlers may share a request path in tests, never their code and path both).
  const routeId = createHash("sha256").update(`${options.access}\u0000${handler.toString()}`).digest("base64url").slice(0, 16);
  const route = withErrorHandling(async (request: Request, context: RouteContext): Promise<Response> => {
    const session = await getRequestSession(request);
    const user = session?.user ?? null;
    if (!canAccess(user, options.access, isPublicRead())) {
      throw user
        ? new ApiError(403, "forbidden", `This needs the ${options.access} role; you are signed in as ${user.role}.`)
        : new ApiError(401, "unauthorized", "Sign in first: this needs an editor's account.");
    }
    if (request.method !== "GET" && request.method !== "HEAD") checkSameOrigin(request);
    let body: unknown = undefined;
    if (options.body) {
      const text = await readBodyText(request, options.maxBodyBytes ?? DEFAULT_BODY_LIMIT);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new ApiError(400, "bad_request", "The request body is not valid JSON.");
      }
      const unsafe = findUnsafeText(json);
      if (unsafe) throw new ApiError(400, "bad_request", `${unsafe.path}: ${unsafe.reason}.`);
      body = options.body.parse(json);
    }
    const raw = (await context?.params) ?? {};
    const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
    const run = () => handler({ request, user, body: body as z.infer<S>, params });
    // Every read goes through the ETag and the read cache (and maybe the replica); writes never do.
    // `again`: the front door may run this route for the next visitor's read of the path (cached-read.ts).
    const again = (next: Request) => route(next, context);
    if (request.method === "GET") return cachedRead({ routeId, request, user, readFloor: session?.lastWriteLsn ?? null, again }, run);
    const response = await run();
    if (user && response.ok && request.method !== "HEAD") await noteWrite(user.id);
    return response;
  });
  return route;
}

/** The caller's next reads wait for the replica to replay this write (lib/auth/sessions.ts). */
async function noteWrite(userId: number): Promise<void> {
  try {
    await recordWriteBy(userId);
  } catch (err) {
    // The write itself has committed: answering 500 would invite a duplicate. Without the mark,
    // the caller's reads may lag behind it for as long as the replica does (milliseconds).
    console.error(`Could not record a write for read-your-writes: ${err instanceof Error ? err.message : String(err)}`);
  }
}
