// The id in a path such as /api/claims/[id]: decimal digits within PostgreSQL's
// integer range, or there is no such thing (404), never a database error.
import { pathIdSchema } from "@/lib/values/integers";
import { ApiError } from "./api-error";

export function getPathIdOrThrow(raw: string | undefined, noun: string): number {
  const id = pathIdSchema.safeParse(raw);
  if (!id.success) throw new ApiError(404, "not_found", `There is no ${noun} "${String(raw).slice(0, 40)}".`);
  return id.data;
}
