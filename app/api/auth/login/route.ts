// POST /api/auth/login - sign in with e-mail and password; sets the session cookie
import { login } from "@/lib/auth/login";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { clientAddress } from "@/lib/http/forwarded";
import { apiRoute } from "@/lib/routes/api-route";
import { loginSchema } from "@/lib/schemas/auth";

export const POST = apiRoute({ access: "public", body: loginSchema, maxBodyBytes: 8 * 1024 }, async ({ request, body }) => {
  const { user, token, expiresAt } = await login(body.email, body.password, clientAddress(request));
  return Response.json({ user }, { headers: { "Set-Cookie": sessionCookie(request, token, expiresAt), "Cache-Control": "no-store" } });
});
