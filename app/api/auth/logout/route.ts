// POST /api/auth/logout - end this session (revoked in the database) and clear the cookie
import { readCookie } from "@/lib/auth/current-user";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { SESSION_COOKIE } from "@/lib/auth/session-token";
import { revokeSession } from "@/lib/auth/sessions";
import { apiRoute } from "@/lib/routes/api-route";

export const POST = apiRoute({ access: "public" }, async ({ request }) => {
  const token = readCookie(request, SESSION_COOKIE);
  if (token) await revokeSession(token);
  return new Response(null, { status: 204, headers: { "Set-Cookie": sessionCookie(request, "", null) } });
});
