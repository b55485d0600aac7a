// The id in a path such as /api/claims/[id]: decimal digits within PostgreSQL's
// integer range, or there is no such thing (404), never a database error.
import { pathIdSchema } from "@/lib/values/integers";
import { ApiError } from "./api-error";

export function getPathIdOrThrow(raw: string | undefined, noun: string): number {
  const id = pathIdSchema.safeParse(raw);
  if (!id.success) throw new ApiError(404, "not_found", `There is no ${noun} "${String(raw).slice(0, 40)}".`);
  return id.data;
}

/** A path id that is not written in digits at all ("abc", "0x10", "-1"). */
export function isMalformedPathId(raw: string | undefined): boolean {
  return !/^\d+$/.test(raw ?? "");
}

/**
 * Like getPathIdOrThrow, but an id that is not a number written in digits is a 400
 * (the address is malformed), while a number no row could have (0, beyond int4) is a 404.
 */
export function getStrictPathIdOrThrow(raw: string | undefined, noun: string, example: string): number {
  if (isMalformedPathId(raw)) throw new ApiError(400, "bad_request", `The ${noun} id “${String(raw).slice(0, 40)}” is not a number: write it in digits, as in ${example}.`);
  return getPathIdOrThrow(raw, noun);
}
