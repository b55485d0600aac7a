// POST /api/users - create an editor or admin account, or reset one's password and role (admins)
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { getPrisma } from "@/lib/db/client";
import { apiRoute } from "@/lib/routes/api-route";
import { writeAudit } from "@/lib/mutations/write-audit";
import { userInputSchema } from "@/lib/schemas/user-input";

export const POST = apiRoute({ access: "admin", body: userInputSchema }, async ({ body, user }) => {
  const result = await getPrisma().$transaction(async (tx) => {
    const done = await createOrUpdateUser(tx, body.email, body.password, body.role);
    await writeAudit(tx, { userId: user!.id, action: done.created ? "create" : "reset", entityType: "user", entityId: done.id, before: null, after: { email: body.email, role: body.role } });
    return done;
  });
  return Response.json({ id: result.id, created: result.created }, { status: result.created ? 201 : 200 });
});
